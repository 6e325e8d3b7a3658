/**
 * Runs one part of a measurement and fails, naming the phase it was in, when
 * it takes longer than `ms`: a page that stops answering (an evaluate whose
 * promise never settles has no timeout of its own) would otherwise hold the
 * whole bench forever, with nothing printed.
 */
export async function withinTime<T>(what: string, ms: number, run: (phase: (name: string) => void) => Promise<T>): Promise<T> {
  let current = 'starting';
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still in "${current}" after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([run((name) => (current = name)), late]);
  } finally {
    clearTimeout(timer);
  }
}
