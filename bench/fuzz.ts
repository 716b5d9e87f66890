/**
 * `make fuzz`: a seeded mutation fuzzer over pgshift's inputs.
 *
 *   node dist/bench/fuzz.js [--inputs 10000] [--seed 1] [--jobs 2] [--cli-every 50] [--timeout 30]
 *                           [--save test/fixtures/fuzz] [--no-shrink]
 *
 * Input i of seed S is a pure function of (S, i): a seed text (the bundled schema and chain,
 * the golden diff cases, ../shared/corpus when present) with 1–4 stacked mutations
 * (test/helpers/fuzz/mutate.ts), sent to one of `generate`, `diff`, `lint`, `dump --chain` in
 * turn. Long-lived worker processes run each input through the command's handler in-process;
 * every `--cli-every`th input also goes through the real `pgshift` process, whose exit code must
 * agree. A crash is an exception, an exit code outside 0–3, a stack trace, a WASM abort, an
 * internal error or no answer within `--timeout` seconds; an error without file:line:column and
 * a failing `generate` that changed out/ are failures too. Each failure is shrunk (lines, then
 * tokens, then characters) while it fails the same way and saved under `--save` as a regression
 * fixture that test/fuzz/regressions.test.ts replays. Exit 1 when anything failed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FailureKind, type FuzzCase, judge, type Outcome, TARGETS, type Verdict } from '../test/helpers/fuzz/drive.js';
import { mutate, rand, type MutatorName } from '../test/helpers/fuzz/mutate.js';
import { loadSeeds, type Seed, type Seeds } from '../test/helpers/fuzz/seeds.js';
import type { WorkerReply, WorkerRequest } from '../test/helpers/fuzz/worker.js';
import { shrink } from '../test/helpers/fuzz/shrink.js';

interface Options {
  inputs: number;
  seed: number;
  jobs: number;
  cliEvery: number;
  timeoutMs: number;
  save?: string;
  shrink: boolean;
}

function options(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    inputs: Number(get('inputs') ?? 10_000),
    seed: Number(get('seed') ?? 1),
    jobs: Number(get('jobs') ?? 2),
    cliEvery: Number(get('cli-every') ?? 50),
    timeoutMs: Number(get('timeout') ?? 30) * 1000,
    save: argv.includes('--no-save') ? undefined : resolve(get('save') ?? 'test/fixtures/fuzz'),
    shrink: !argv.includes('--no-shrink'),
  };
}

/** Input `i` of run `seed`: which target, which seed text, which mutations. */
export function fuzzCase(seeds: Seeds, seed: number, i: number): { c: FuzzCase; origin: string; steps: MutatorName[] } {
  const r = rand(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
  const target = TARGETS[i % TARGETS.length]!;
  let s: Seed;
  if (target === 'generate') s = r.chance(0.75) || !seeds.other.length ? r.pick(seeds.schema) : r.pick(seeds.other);
  else if (target === 'dump-chain') s = r.chance(0.8) || !seeds.other.length ? r.pick(seeds.chain) : r.pick(seeds.other);
  else s = r.pick([...seeds.schema, ...seeds.chain, ...(seeds.other.length ? [r.pick(seeds.other), r.pick(seeds.other)] : [])]);
  const others = [r.pick(seeds.schema).text, r.pick(seeds.chain).text, ...(seeds.other.length ? [r.pick(seeds.other).text] : [])];
  const m = mutate(r, s.text, others);
  const c: FuzzCase = { target, input: m.bytes, variant: s.revision ?? r.int(1000) };
  if (target === 'generate') c.schemaFile = s.schemaFile ?? 'fuzz.sql';
  return { c, origin: s.origin, steps: m.steps };
}

// --- workers ----------------------------------------------------------------

const WORKER = fileURLToPath(new URL('../test/helpers/fuzz/worker.js', import.meta.url));

/** A worker process and the one request it is running. */
class Worker {
  private child!: ChildProcess;
  private ready!: Promise<void>;
  private pending?: { resolve: (r: WorkerReply | { died: string }) => void; timer: NodeJS.Timeout };
  private stopped = false;

  constructor() {
    this.start();
  }

  private start(): void {
    const child = fork(WORKER, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: ['--stack-size=984'] });
    this.child = child;
    child.on('error', () => {}); // a send to a worker that just died: its 'exit' reports it
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    this.ready = new Promise((r) => child.once('message', () => r()));
    child.on('message', (m: WorkerReply | { ready: true }) => {
      if ('id' in m && this.pending && this.child === child) {
        clearTimeout(this.pending.timer);
        const p = this.pending;
        this.pending = undefined;
        p.resolve(m);
      }
    });
    child.on('exit', (code, signal) => {
      if (this.pending && this.child === child) {
        clearTimeout(this.pending.timer);
        const p = this.pending;
        this.pending = undefined;
        p.resolve({ died: `worker exited (code ${code}, signal ${signal}): ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
      }
      // a worker that died by itself is replaced, so the next input has one (kills by restart/stop replace it themselves)
      if (this.child === child && !this.stopped && signal !== 'SIGKILL') this.start();
    });
  }

  /**
   * Runs one request; a hang kills the worker (a new one starts). A hang is `timeoutMs` of CPU
   * time (the worker's and its CLI child's), not of wall time: on a loaded machine a process may
   * wait minutes for a core. Wall time is capped at ten times the limit.
   */
  async run(req: WorkerRequest, timeoutMs: number): Promise<WorkerReply | { died: string }> {
    await this.ready;
    const pid = this.child.pid!;
    const cpuAtStart = cpuMs(pid);
    const started = Date.now();
    return new Promise((resolve) => {
      const check = () => {
        const cpu = cpuMs(pid) - cpuAtStart;
        const wall = Date.now() - started;
        if (cpu < timeoutMs && wall < 10 * timeoutMs && cpuAtStart >= 0) {
          this.pending!.timer = setTimeout(check, Math.max(1000, timeoutMs - cpu));
          return;
        }
        this.pending = undefined;
        this.child.kill('SIGKILL');
        this.start();
        resolve({ died: `hang: no answer after ${wall} ms (${cpu} ms of CPU)` });
      };
      this.pending = { resolve, timer: setTimeout(check, timeoutMs) };
      this.child.send(req);
    });
  }

  restart(): void {
    this.child.kill('SIGKILL');
    this.start();
  }

  stop(): void {
    this.stopped = true;
    this.child.kill('SIGKILL');
  }
}

/** CPU time (user + system) of a process and its live children, in ms, from /proc; -1 where /proc is missing. */
function cpuMs(pid: number): number {
  const ticks = (p: number): number => {
    try {
      const f = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return (ticks(pid) + children.reduce((n, c) => n + ticks(c), 0)) * 10;
  } catch {
    return -1;
  }
}

/** The verdict of one run: the in-process outcome, the process outcome, and their agreement. */
function verdictOf(c: FuzzCase, reply: WorkerReply | { died: string }): { verdict: Verdict; outcome?: Outcome } {
  if ('died' in reply) {
    const kind: FailureKind = reply.died.startsWith('hang') ? 'hang' : 'exit-code';
    return { verdict: { ok: false, kind, detail: reply.died } };
  }
  const v = judge(c, reply.inProcess);
  if (!v.ok || !reply.process) return { verdict: v, outcome: reply.inProcess };
  const p = judge(c, reply.process);
  if (!p.ok) return { verdict: p, outcome: reply.process };
  if (p.ok && reply.process.code !== reply.inProcess.code) {
    return { verdict: { ok: false, kind: 'exit-code', detail: `the CLI exited ${reply.process.code}, the handler in-process ${reply.inProcess.code}` }, outcome: reply.process };
  }
  return { verdict: v, outcome: reply.inProcess };
}

interface Found {
  index: number;
  origin: string;
  steps: MutatorName[];
  c: FuzzCase;
  verdict: Verdict;
}

/** A failure's identity for deduplication: kind, target and the message without numbers and paths. */
function signature(f: Found): string {
  const d = (f.verdict.detail ?? '').replace(/\/\S+/g, 'PATH').replace(/\d+/g, 'N').slice(0, 120);
  return `${f.c.target}:${f.verdict.kind}:${d}`;
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const seeds = loadSeeds();
  console.log(
    `fuzz: ${o.inputs} inputs, seed ${o.seed}, ${o.jobs} workers, every ${o.cliEvery}th through the CLI process, timeout ${o.timeoutMs / 1000} s; ` +
      `seeds: ${seeds.schema.length} schema files, ${seeds.chain.length} revisions, ${seeds.other.length} others${seeds.corpus ? '' : ' (../shared/corpus absent: skipped)'}`,
  );
  const workers = Array.from({ length: o.jobs }, () => new Worker());
  const started = Date.now();
  const counts = { inputs: 0, viaCli: 0, ok: 0, failed: 0, exitCodes: new Map<number, number>(), byTarget: new Map<string, number>(), kinds: new Map<string, number>() };
  const found: Found[] = [];
  let next = 0;
  let lastReport = Date.now();

  await Promise.all(
    workers.map(async (w) => {
      for (;;) {
        const i = next++;
        if (i >= o.inputs) return;
        const { c, origin, steps } = fuzzCase(seeds, o.seed, i);
        const cli = o.cliEvery > 0 && i % o.cliEvery === 0;
        const reply = await w.run({ id: i, c, cli }, o.timeoutMs * (cli ? 2 : 1));
        const { verdict, outcome } = verdictOf(c, reply);
        counts.inputs++;
        if (cli) counts.viaCli++;
        counts.byTarget.set(c.target, (counts.byTarget.get(c.target) ?? 0) + 1);
        if (outcome) counts.exitCodes.set(outcome.code, (counts.exitCodes.get(outcome.code) ?? 0) + 1);
        if (verdict.ok) counts.ok++;
        else {
          counts.failed++;
          counts.kinds.set(verdict.kind!, (counts.kinds.get(verdict.kind!) ?? 0) + 1);
          found.push({ index: i, origin, steps, c, verdict });
          console.log(`  FAIL #${i} ${c.target} ${verdict.kind}: ${verdict.detail} (seed text ${origin}, ${steps.join('+')})`);
          if (!('died' in reply)) w.restart(); // a crash may leave the WASM parser in a bad state
        }
        if (Date.now() - lastReport > 15_000) {
          lastReport = Date.now();
          console.log(`  … ${counts.inputs}/${o.inputs} inputs, ${counts.failed} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
      }
    }),
  );

  const seconds = (Date.now() - started) / 1000;
  const crashKinds: FailureKind[] = ['exception', 'exit-code', 'stack-trace', 'internal-error', 'wasm-abort', 'hang'];
  const crashes = found.filter((f) => crashKinds.includes(f.verdict.kind!)).length;
  console.log(`fuzz: ${counts.inputs} inputs in ${seconds.toFixed(0)} s (${(counts.inputs / seconds).toFixed(1)}/s), ${counts.viaCli} also through the CLI process`);
  console.log(`  by target: ${[...counts.byTarget].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  exit codes: ${[...counts.exitCodes].sort(([a], [b]) => a - b).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  console.log(`  crashes: ${crashes}; other failures (unlocated errors, out/ changed): ${counts.failed - crashes}${counts.kinds.size ? ` — ${[...counts.kinds].map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}`);

  // shrink and keep one input per distinct failure
  if (found.length && o.save) {
    const seen = new Map<string, number>();
    const w = workers[0]!;
    for (const f of found) {
      const sig = signature(f);
      if ((seen.get(sig) ?? 0) >= 1) continue;
      seen.set(sig, 1);
      let input = f.c.input;
      if (o.shrink && f.verdict.kind !== 'hang') {
        input = await shrink(input, async (candidate) => {
          const c = { ...f.c, input: candidate };
          const r = await w.run({ id: -1, c, cli: false }, o.timeoutMs);
          const v = verdictOf(c, r).verdict;
          if (!v.ok) w.restart();
          return !v.ok && v.kind === f.verdict.kind;
        });
      }
      const name = `${f.c.target}-${f.verdict.kind}-${createHash('sha256').update(input).digest('hex').slice(0, 10)}`;
      const dir = join(o.save, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'input.sql'), input);
      const meta = { target: f.c.target, variant: f.c.variant, schemaFile: f.c.schemaFile, found: { kind: f.verdict.kind, detail: f.verdict.detail, seed: o.seed, index: f.index, seedText: f.origin, mutations: f.steps, bytes: f.c.input.length, shrunkTo: input.length } };
      writeFileSync(join(dir, 'case.json'), `${JSON.stringify(meta, null, 2)}\n`);
      console.log(`  saved ${dir} (${f.c.input.length} → ${input.length} bytes)`);
    }
  }
  for (const w of workers) w.stop();
  process.exitCode = counts.failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
