/**
 * Runs jobs concurrently and hands their results back in input order, each as
 * soon as it and every earlier one are done. At most `limit` jobs are in
 * flight: a slow reader (or a slow consumer) holds the input back, so memory
 * stays flat however long the stream is.
 */

export async function forEachOrdered<I, O>(
  items: AsyncIterable<I>,
  start: (item: I) => Promise<O>,
  emit: (item: I, result: O) => void,
  limit: number,
): Promise<void> {
  const queue: { item: I; result: Promise<O> }[] = [];
  let inputDone = false;
  let failure: unknown = null;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const signal = (wake: (() => void) | null): void => wake?.();

  const consumer = (async () => {
    for (;;) {
      while (queue.length === 0) {
        if (inputDone) return;
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
        wakeConsumer = null;
      }
      const head = queue[0];
      if (head === undefined) continue;
      const result = await head.result;
      queue.shift();
      emit(head.item, result);
      signal(wakeProducer);
    }
  })().catch((error: unknown) => {
    failure = error;
    signal(wakeProducer);
  });

  try {
    for await (const item of items) {
      while (queue.length >= limit && failure === null) {
        await new Promise<void>((resolve) => (wakeProducer = resolve));
        wakeProducer = null;
      }
      if (failure !== null) break;
      queue.push({ item, result: start(item) });
      signal(wakeConsumer);
    }
  } finally {
    inputDone = true;
    signal(wakeConsumer);
    await consumer;
  }
  if (failure !== null) throw failure;
}
