/**
 * A long-lived fuzz worker (a child process of bench/fuzz.ts): receives cases over IPC, runs each
 * through the command in-process (and, when asked, through the real CLI process too) in its own
 * workspace, and sends the outcomes back. The parent kills it on a hang.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { type FuzzCase, type Outcome, runInProcess, runProcess, Workspace } from './drive.js';

export interface WorkerRequest {
  id: number;
  c: FuzzCase;
  cli: boolean;
}

export interface WorkerReply {
  id: number;
  inProcess: Outcome;
  process?: Outcome;
}

const ws = new Workspace(join(tmpdir(), `pgshift-fuzz-${process.pid}`));

process.on('message', (m: WorkerRequest) => {
  void (async () => {
    const c = { ...m.c, input: Buffer.from(m.c.input) };
    const inProcess = await runInProcess(ws, c);
    const reply: WorkerReply = { id: m.id, inProcess };
    // the parent judges hangs by CPU time; the wall-clock limit here only bounds a machine that is starved
    if (m.cli) reply.process = runProcess(ws, c, 600_000);
    ws.restore();
    process.send!(reply);
  })();
});
process.send!({ ready: true });
