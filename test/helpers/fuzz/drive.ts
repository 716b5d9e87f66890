/**
 * Runs one fuzz input through one CLI command, in-process (the command module's handler, as
 * `pgshift` itself calls it, with stdout, stderr and the exit code captured) or through the
 * real CLI process; then judges the outcome against the contract: no crash (exception, exit
 * code outside 0–3, stack trace, WASM abort, internal error), every error located as
 * file:line:column, and a failing `generate` leaves `out/` byte-identical.
 *
 * Targets and where the input goes:
 * - `generate`: a copy of the bundled project; the input replaces one schema file (or is added);
 * - `diff`: `--from <empty> --to <input>` or `--from <input> --to <bundled schema/>`;
 * - `lint`: `lint <input> --chain <bundled out/>`;
 * - `dump-chain`: `dump --chain <copy of out/>` with the input as one revision's up.sql.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CommandModule } from 'yargs';

export const TARGETS = ['generate', 'diff', 'lint', 'dump-chain'] as const;
export type Target = (typeof TARGETS)[number];

export interface FuzzCase {
  target: Target;
  input: Buffer;
  /** Which place the input takes (schema file name for generate, revision index for dump-chain, direction for diff). */
  variant: number;
  /** generate: the schema file name the input replaces (added when the bundled schema has no such file). */
  schemaFile?: string;
}

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** An exception that escaped the command handler (in-process only): a crash. */
  threw?: string;
  /** generate: hash of out/ before and after. */
  outBefore?: string;
  outAfter?: string;
  ms: number;
}

export type FailureKind = 'exception' | 'exit-code' | 'stack-trace' | 'internal-error' | 'wasm-abort' | 'unlocated-error' | 'out-changed' | 'hang';

export interface Verdict {
  ok: boolean;
  kind?: FailureKind;
  detail?: string;
}

const ROOT = resolve(new URL('../../../..', import.meta.url).pathname);
export const BUNDLED_SCHEMA = join(ROOT, 'schema');
export const BUNDLED_OUT = join(ROOT, 'out');

/** A private workspace: a copy of the bundled project (schema/, out/) and an empty file. */
export class Workspace {
  readonly project: string;
  readonly chain: string;
  readonly empty: string;
  readonly input: string;
  private readonly outListing: string[];
  private readonly schemaFiles: Map<string, Buffer>;
  private readonly chainFiles: Map<string, Buffer>;

  constructor(readonly dir: string) {
    rmSync(dir, { recursive: true, force: true });
    this.project = join(dir, 'project');
    this.chain = join(dir, 'chain');
    this.empty = join(dir, 'empty.sql');
    this.input = join(dir, 'input.sql');
    mkdirSync(this.project, { recursive: true });
    cpSync(BUNDLED_SCHEMA, join(this.project, 'schema'), { recursive: true });
    cpSync(BUNDLED_OUT, join(this.project, 'out'), { recursive: true });
    cpSync(BUNDLED_OUT, this.chain, { recursive: true });
    writeFileSync(this.empty, '');
    this.outListing = readdirSync(join(this.project, 'out')).sort();
    this.schemaFiles = snapshotFiles(join(this.project, 'schema'));
    this.chainFiles = snapshotFiles(this.chain);
  }

  /** The chain's revision folders, in order. */
  revisions(): string[] {
    return readdirSync(this.chain).filter((e) => /^\d/.test(e)).sort();
  }

  /** What the last case touched: only that is put back. */
  private dirty = new Set<'out' | 'schema' | 'chain'>(['out', 'schema', 'chain']);

  touch(what: 'out' | 'schema' | 'chain'): void {
    this.dirty.add(what);
  }

  /** Puts the project and chain back as they were (after a successful generate, or a replaced file). */
  restore(): void {
    if (this.dirty.has('out')) {
      const out = join(this.project, 'out');
      for (const e of readdirSync(out)) if (!this.outListing.includes(e)) rmSync(join(out, e), { recursive: true, force: true });
      cpSync(join(BUNDLED_OUT, 'pgshift.sum'), join(out, 'pgshift.sum'));
    }
    if (this.dirty.has('schema')) restoreFiles(join(this.project, 'schema'), this.schemaFiles);
    if (this.dirty.has('chain')) restoreFiles(this.chain, this.chainFiles);
    this.dirty.clear();
  }
}

function snapshotFiles(dir: string): Map<string, Buffer> {
  const m = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else m.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return m;
}

function restoreFiles(dir: string, files: Map<string, Buffer>): void {
  const now = snapshotFiles(dir);
  for (const [p] of now) if (!files.has(p)) rmSync(join(dir, p), { force: true });
  for (const [p, b] of files) {
    const cur = now.get(p);
    if (!cur || !cur.equals(b)) writeFileSync(join(dir, p), b);
  }
}

/** sha256 over the relative paths and contents of every file under dir. */
export function treeHash(dir: string): string {
  const h = createHash('sha256');
  const files = [...snapshotFiles(dir)].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [p, b] of files) h.update(p).update('\0').update(b).update('\0');
  return h.digest('hex');
}

/** The command line for a case, with the input written into the workspace. */
export function prepare(ws: Workspace, c: FuzzCase): { argv: string[]; command: string } {
  ws.restore();
  switch (c.target) {
    case 'generate': {
      ws.touch('schema');
      ws.touch('out');
      const name = (c.schemaFile ?? 'fuzz.sql').replace(/[^A-Za-z0-9_.-]/g, '_');
      writeFileSync(join(ws.project, 'schema', name.endsWith('.sql') ? name : `${name}.sql`), c.input);
      return { command: 'generate', argv: ['generate', '-m', 'fuzz', '--cwd', ws.project] };
    }
    case 'diff':
      writeFileSync(ws.input, c.input);
      return c.variant % 2 === 0
        ? { command: 'diff', argv: ['diff', '--from', ws.empty, '--to', ws.input] }
        : { command: 'diff', argv: ['diff', '--from', ws.input, '--to', join(ws.project, 'schema')] };
    case 'lint':
      writeFileSync(ws.input, c.input);
      return { command: 'lint', argv: ['lint', ws.input, '--chain', ws.chain, '--cwd', ws.project] };
    case 'dump-chain': {
      ws.touch('chain');
      const revs = ws.revisions();
      writeFileSync(join(ws.chain, revs[c.variant % revs.length]!, 'up.sql'), c.input);
      return { command: 'dump', argv: ['dump', '--chain', ws.chain, '--cwd', ws.project] };
    }
  }
}

/** yargs-parsed arguments for the in-process call (what the CLI's parser would produce for `argv`). */
function handlerArgs(ws: Workspace, c: FuzzCase, argv: string[]): Record<string, unknown> {
  switch (c.target) {
    case 'generate':
      return { message: 'fuzz', cwd: ws.project };
    case 'diff':
      return { from: argv[2], to: argv[4], defaultSchema: 'public', annotate: true, pgVersion: 15 };
    case 'lint':
      return { paths: [ws.input], chain: ws.chain, cwd: ws.project, format: 'text' };
    case 'dump-chain':
      return { chain: ws.chain, cwd: ws.project };
  }
}

const COMMANDS: Record<string, () => Promise<{ default: CommandModule<any, any> }>> = {
  generate: () => import('../../../lib/cli/commands/generate.js'),
  diff: () => import('../../../lib/cli/commands/diff.js'),
  lint: () => import('../../../lib/cli/commands/lint.js'),
  dump: () => import('../../../lib/cli/commands/dump.js'),
};

/** Runs the command's handler in this process, capturing what it writes and its exit code. */
export async function runInProcess(ws: Workspace, c: FuzzCase): Promise<Outcome> {
  const { argv, command } = prepare(ws, c);
  const args = handlerArgs(ws, c, argv);
  const mod = (await COMMANDS[command]!()).default;
  const outDir = join(ws.project, 'out');
  const outBefore = c.target === 'generate' ? treeHash(outDir) : undefined;
  let stdout = '';
  let stderr = '';
  const realOut = process.stdout.write;
  const realErr = process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += typeof s === 'string' ? s : Buffer.from(s).toString()), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += typeof s === 'string' ? s : Buffer.from(s).toString()), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  const started = Date.now();
  let threw: string | undefined;
  try {
    await mod.handler!(args as never);
  } catch (e) {
    threw = e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 8).join('\n')}` : String(e);
  } finally {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
  }
  const code = typeof process.exitCode === 'number' ? process.exitCode : Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  const o: Outcome = { code: threw ? 2 : code, stdout: cap(stdout), stderr: cap(stderr), ms: Date.now() - started };
  if (threw) o.threw = threw;
  if (outBefore) {
    o.outBefore = outBefore;
    o.outAfter = treeHash(outDir);
  }
  return o;
}

export const CLI = join(ROOT, 'dist/bundle/pgshift.js');

/** Runs the real CLI process (timeout: a hang). */
export function runProcess(ws: Workspace, c: FuzzCase, timeoutMs = 30_000): Outcome {
  const { argv } = prepare(ws, c);
  const outDir = join(ws.project, 'out');
  const outBefore = c.target === 'generate' ? treeHash(outDir) : undefined;
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...argv], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PGSHIFT_DEBUG: '' } });
  const o: Outcome = { code: r.status ?? -1, stdout: cap(r.stdout ?? ''), stderr: cap(r.stderr ?? ''), ms: Date.now() - started };
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') o.threw = `hang: no exit after ${timeoutMs} ms`;
  else if (r.signal) o.threw = `killed by ${r.signal}`;
  if (outBefore) {
    o.outBefore = outBefore;
    o.outAfter = treeHash(outDir);
  }
  return o;
}

/** Output can hold a 10 MB input echoed in a code frame: keep the head and the tail. */
function cap(s: string): string {
  return s.length <= 200_000 ? s : `${s.slice(0, 100_000)}\n…\n${s.slice(-100_000)}`;
}

const STACK = /\n\s+at (?:async )?\S.*(?::\d+:\d+\)?|\(native\)|<anonymous>\)?)\s*(?:\n|$)/;
const ABORT = /\bAborted\(|RuntimeError: |unreachable executed|memory access out of bounds|Maximum call stack size exceeded/;

/** Judges an outcome against the contract. */
export function judge(c: FuzzCase, o: Outcome): Verdict {
  if (o.threw?.startsWith('hang')) return { ok: false, kind: 'hang', detail: o.threw };
  if (o.threw) return { ok: false, kind: ABORT.test(o.threw) ? 'wasm-abort' : 'exception', detail: o.threw.split('\n').slice(0, 4).join(' | ') };
  const all = `${o.stdout}\n${o.stderr}`;
  if (/internal error/.test(all)) return { ok: false, kind: 'internal-error', detail: firstLine(all, /internal error.*/) };
  if (ABORT.test(all)) return { ok: false, kind: 'wasm-abort', detail: firstLine(all, ABORT) };
  if (STACK.test(all)) return { ok: false, kind: 'stack-trace', detail: firstLine(all, STACK) };
  if (![0, 1, 2, 3].includes(o.code)) return { ok: false, kind: 'exit-code', detail: `exit ${o.code}: ${o.stderr.slice(0, 300)}` };
  // errors on stderr: `file:line:col: error [code] …`; in a lint report: `file:line:col error code`
  for (const line of o.stderr.split('\n')) {
    if (/^(?:.*?: )?error \[[\w-]+\]/.test(line) && !/^\S.*?:\d+:\d+: error \[/.test(line)) return { ok: false, kind: 'unlocated-error', detail: line.slice(0, 300) };
  }
  if (c.target === 'lint') {
    for (const line of o.stdout.split('\n')) {
      if (/^\S.* error [\w-]+$/.test(line) && !/:\d+:\d+ error [\w-]+$/.test(line)) return { ok: false, kind: 'unlocated-error', detail: line.slice(0, 300) };
    }
  }
  if (c.target === 'generate' && o.code !== 0 && o.outBefore !== o.outAfter) return { ok: false, kind: 'out-changed', detail: `exit ${o.code} but out/ changed` };
  return { ok: true };
}

function firstLine(s: string, re: RegExp): string {
  const m = re.exec(s);
  if (!m) return '';
  const start = s.lastIndexOf('\n', m.index) + 1;
  const end = s.indexOf('\n', m.index + m[0].length);
  return s.slice(start, end < 0 ? undefined : end).slice(0, 300);
}

export function exists(p: string): boolean {
  return existsSync(p);
}
