/**
 * Flat memory through long streams. After each full collection V8 lets a
 * thread's heap grow to up to 4 times what survived before the next one: with
 * 2 threads, 1,000 documents through --input ndjson peaked at ~390 MB RSS
 * although ~30-50 MB per thread is live between documents. A smaller growing
 * factor makes V8's own (incremental, concurrent) collector start earlier. A
 * soft bound: a large document still gets all the memory it needs, and the
 * output cannot change (only when collections happen).
 *
 * V8 flags are per process: set once, in the main thread, before any worker
 * starts; the workers share it.
 */
import { setFlagsFromString } from 'node:v8';

/** The heap may grow by this percentage over what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 50;

let done = false;

export function boundHeapGrowth(): void {
  if (done) return;
  done = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
