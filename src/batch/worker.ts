/**
 * A worker thread of `--jobs N`: receives numbered tasks, answers with the
 * rendered output. Loaded as dist/factx-worker.cjs (bundle) or
 * dist/batch/worker.js (tsc).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../index.js';
import { loadRenderer, runTask, type Outcome, type RenderOptions, type Task } from './task.js';

export interface WorkerRequest {
  index: number;
  task: Task;
}

export type WorkerReply = { ready: true } | { index: number; outcome: Outcome };

const port = parentPort;
if (port) {
  const ready = loadRenderer(workerData as RenderOptions);
  // the pipeline was loaded with this script: say so, and documents start coming
  void ready.then(() => port.postMessage({ ready: true } satisfies WorkerReply));
  port.on('message', (request: WorkerRequest) => {
    void ready.then(async (render) => {
      const reply: WorkerReply = { index: request.index, outcome: await runTask(request.task, render, extract, workerData as RenderOptions) };
      port.postMessage(reply);
    });
  });
}
