/**
 * Where documents are extracted: `--jobs N` is this thread plus N - 1 worker
 * threads, each running the same `runTask`, each given the next document when
 * it has the fewest waiting. This thread loads the pipeline on first use only.
 * A worker gets documents only once it has loaded the pipeline (about half a
 * second): a document sent earlier would wait there, and hold back the output
 * of every later one, while this thread could have done it.
 */
import { Worker } from 'node:worker_threads';
import { loadRenderer, runTask, type Outcome, type RenderOptions, type Task } from './task.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export interface Executor {
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

interface Slot {
  pending: number;
  ready: boolean;
  send(index: number, task: Task): void;
  close(): Promise<void>;
}

export function createExecutor(jobs: number, options: RenderOptions, workerScript: string | URL): Executor {
  const waiting = new Map<number, (outcome: Outcome) => void>();
  const settle = (slot: Slot, index: number, outcome: Outcome): void => {
    slot.pending--;
    waiting.get(index)?.(outcome);
    waiting.delete(index);
  };
  const slots: Slot[] = [threadSlot(options, settle)];
  let next = 0;

  const spawn = (): Slot => {
    const worker = new Worker(workerScript, { workerData: options });
    const slot: Slot = {
      pending: 0,
      ready: false,
      send: (index, task) => worker.postMessage({ index, task } satisfies WorkerRequest),
      close: () => worker.terminate().then(() => undefined),
    };
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) slot.ready = true;
      else settle(slot, reply.index, reply.outcome);
    });
    worker.on('error', (error) => {
      for (const resolve of waiting.values()) resolve({ ok: false, message: `a worker thread failed: ${error.message}` });
      waiting.clear();
    });
    slots.push(slot);
    return slot;
  };
  const pick = (): Slot => {
    // this thread is always ready
    const least = slots.filter((slot) => slot.ready).reduce((best, slot) => (slot.pending < best.pending ? slot : best));
    if (least.pending > 0 && slots.length < jobs) spawn();
    return least;
  };

  return {
    run(task) {
      const slot = pick();
      const index = next++;
      slot.pending++;
      return new Promise((resolve) => {
        waiting.set(index, resolve);
        slot.send(index, task);
      });
    },
    async close() {
      await Promise.all(slots.map((slot) => slot.close()));
    },
  };
}

/** This thread: one task at a time, yielding to the event loop in between so that input and output keep flowing. */
function threadSlot(options: RenderOptions, settle: (slot: Slot, index: number, outcome: Outcome) => void): Slot {
  const queue: [number, Task][] = [];
  let running = false;
  const slot: Slot = {
    pending: 0,
    ready: true,
    send(index, task) {
      queue.push([index, task]);
      if (!running) {
        running = true;
        setImmediate(() => void drain());
      }
    },
    close: () => Promise.resolve(),
  };
  const drain = async (): Promise<void> => {
    const { extract } = await import('../index.js');
    const render = await loadRenderer(options);
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [index, task] = item;
      settle(slot, index, await runTask(task, render, extract, options));
      await new Promise((resolve) => setImmediate(resolve));
    }
    running = false;
  };
  return slot;
}
