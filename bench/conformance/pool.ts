/**
 * Runs cases on N worker threads, each with its own PGlite pool (PGlite is single-threaded WASM,
 * so threads are what uses both cores). A case that exceeds the timeout, or crashes its worker,
 * is recorded as such and the worker is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { CorpusCase } from './corpus.js';
import type { CaseResult, RunOptions } from './run-case.js';
import { runCase } from './run-case.js';

type Reply = { id: number; result?: CaseResult; error?: string };

function failed(c: CorpusCase, category: string, detail: string, ms: number): CaseResult {
  return {
    suite: c.suite, name: c.name, valid: true, generated: false, upConverged: false, downConverged: false,
    secondDiffEmpty: false, unmodelled: [], failure: { category, detail }, ms,
  };
}

class Lane {
  private worker: Worker | undefined;
  private pending: { id: number; resolve: (r: Reply) => void } | undefined;

  private spawn(): Worker {
    const w = new Worker(new URL('./worker.js', import.meta.url));
    w.on('message', (m: Reply) => {
      if (this.pending?.id === m.id) this.pending.resolve(m);
    });
    w.on('error', (e) => this.pending?.resolve({ id: this.pending.id, error: `worker crashed: ${e.message}` }));
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = undefined;
      this.pending?.resolve({ id: this.pending.id, error: `worker exited with code ${code}` });
    });
    return w;
  }

  async run(id: number, c: CorpusCase, opts: RunOptions, timeoutMs: number): Promise<CaseResult> {
    const started = Date.now();
    this.worker ??= this.spawn();
    const w = this.worker;
    let timer: NodeJS.Timeout | undefined;
    const reply = await new Promise<Reply | 'timeout'>((resolve) => {
      this.pending = { id, resolve };
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      w.postMessage({ id, c, opts });
    });
    clearTimeout(timer);
    this.pending = undefined;
    if (reply === 'timeout') {
      this.worker = undefined;
      await w.terminate();
      return failed(c, 'timeout', `no result after ${timeoutMs / 1000} s`, Date.now() - started);
    }
    if (reply.error !== undefined) {
      if (this.worker === w && reply.error.startsWith('worker ')) this.worker = undefined;
      return failed(c, 'harness error', reply.error, Date.now() - started);
    }
    return reply.result!;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  opts: RunOptions;
  onResult?: (r: CaseResult, done: number, total: number) => void;
}

/** Results in the order of `cases`. `jobs` 0 runs in this thread (no timeout; for debugging). */
export async function runAll(cases: CorpusCase[], p: PoolOptions): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  let done = 0;
  const record = (i: number, r: CaseResult) => {
    results[i] = r;
    p.onResult?.(r, ++done, cases.length);
  };
  if (p.jobs === 0) {
    for (let i = 0; i < cases.length; i++) {
      const started = Date.now();
      try {
        record(i, await runCase(cases[i]!, p.opts));
      } catch (e) {
        record(i, failed(cases[i]!, 'harness error', (e as Error).stack ?? String(e), Date.now() - started));
      }
    }
    return results;
  }
  const lanes = Array.from({ length: p.jobs }, () => new Lane());
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < cases.length) {
        const i = next++;
        record(i, await lane.run(i, cases[i]!, p.opts, p.timeoutMs));
      }
      await lane.close();
    }),
  );
  return results;
}
