/** An edit took items out. */
export function fewer(before: readonly unknown[], after: readonly unknown[]): boolean {
  return after.length < before.length;
}
