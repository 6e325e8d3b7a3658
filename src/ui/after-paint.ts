type PostTask = (callback: () => void, options: { priority: 'background'; signal: AbortSignal }) => Promise<void>;

/**
 * Runs `callback` once the browser has had the chance to paint and take
 * input: a background-priority task where the browser has the Scheduler API
 * (it never runs ahead of a frame or of input, and no fake or throttled timer
 * holds it back), a timer elsewhere. Returns a cancel.
 */
export function afterPaint(callback: () => void): () => void {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (postTask) {
    const controller = new AbortController();
    postTask.call((globalThis as { scheduler?: unknown }).scheduler, callback, { priority: 'background', signal: controller.signal }).catch(() => {});
    return () => controller.abort();
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}
