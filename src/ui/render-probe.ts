/**
 * Counts renders for the benchmark (bench/measure-editor.ts), which installs
 * `window.__specwrightRenders` before the app loads. Without it this is one
 * property read: the app never counts anything in normal use.
 */
export function countRender(name: string): void {
  const probe = (globalThis as { __specwrightRenders?: Record<string, number> }).__specwrightRenders;
  if (probe) probe[name] = (probe[name] ?? 0) + 1;
}
