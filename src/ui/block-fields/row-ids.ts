/** DOM ids inside a row list: stable per position, so focus can follow an edit. */
export function rowIds(idBase: string, index: number) {
  const row = `${idBase}-row-${index}`;
  return { row, field: `${row}-field`, up: `${row}-up`, down: `${row}-down`, remove: `${row}-remove` };
}

export type RowIds = ReturnType<typeof rowIds>;

export function addButtonId(idBase: string): string {
  return `${idBase}-add`;
}
