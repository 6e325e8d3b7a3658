/**
 * How a writer entered a prose field, so the live editor can carry on from there:
 * where they pressed (relative to the field's text box; the live editor lays
 * text out the same way) or the character they typed on the focused field.
 */
export type EditStart = {
  point: { x: number; y: number } | null;
  text: string | null;
};
