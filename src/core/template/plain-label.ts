/** `Feature Name: value`, a list item's label without bold (the RFC and MADR style): the label, then the value. */
export const PLAIN_LABEL = /^([A-Z][\w /&()-]{0,40}):[ \t]+(.+)$/;
