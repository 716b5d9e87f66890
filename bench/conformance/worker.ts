/** Worker thread: runs the cases the main thread sends, one at a time, and posts their results. */
import { parentPort } from 'node:worker_threads';
import { runCase, type RunOptions } from './run-case.js';
import type { CorpusCase } from './corpus.js';

export interface CaseRequest {
  id: number;
  c: CorpusCase;
  opts: RunOptions;
}

parentPort!.on('message', (msg: CaseRequest) => {
  runCase(msg.c, msg.opts).then(
    (result) => parentPort!.postMessage({ id: msg.id, result }),
    (e: unknown) => parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
