/**
 * A worker thread of `runStoriesInParallel`: it computes the stories it is sent, one message
 * (`StoryJob`) at a time, and answers each with a `WorkerMessage` (its log lines, then its
 * results or its error).
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { computeStory, type StoryJob, type WorkerMessage } from './run.ts';

const port = parentPort;
if (!port) throw new Error('story-worker.ts runs as a worker thread of runStoriesInParallel');
const send = (message: WorkerMessage) => port.postMessage(message);

port.on('message', (job: StoryJob) => {
  const start = performance.now();
  try {
    const result = computeStory(job, (message) => send({ type: 'log', message }));
    send({ type: 'done', result, ms: performance.now() - start });
  } catch (error) {
    send({ type: 'error', message: `${job.id}: ${(error as Error).stack ?? String(error)}` });
  }
});
