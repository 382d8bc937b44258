/**
 * A worker thread of `--jobs N`: receives numbered tasks, answers with the
 * rendered output. Loaded as dist/factx-worker.cjs (bundle) or
 * dist/batch/worker.js (tsc).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../index.js';
import { loadRenderer, runTask, type RenderOptions, type Task } from './task.js';

export interface WorkerRequest {
  index: number;
  task: Task;
}

export interface WorkerReply {
  index: number;
  outcome: ReturnType<typeof runTask>;
}

const port = parentPort;
if (port) {
  const ready = loadRenderer(workerData as RenderOptions);
  port.on('message', (request: WorkerRequest) => {
    void ready.then((render) => {
      const reply: WorkerReply = { index: request.index, outcome: runTask(request.task, render, extract) };
      port.postMessage(reply);
    });
  });
}
