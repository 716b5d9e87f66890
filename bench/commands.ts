/**
 * Benchmark of whole commands, each in a fresh process, as a user runs them: median of N runs of wall
 * time and CPU time (user + system: steadier on a shared machine), and the highest peak RSS, measured
 * by GNU time.
 *
 *   node dist/bench/commands.js [runs=5]
 *
 * - the bundled example: `generate` with nothing to do (warm cache, and without one), `check`;
 * - ../shared/corpus/chains/kratos (346 revisions): `dump --chain`, and `check` / `generate` on a
 *   project whose schema/ equals the chain head, without a cache and with one;
 * - ../shared/corpus/schemas/gitlab.sql: `diff` from empty (up and down) and against itself; a
 *   project whose schema/ is gitlab.sql: `generate` of the initial revision, `check` with and
 *   without a cache, `generate` after a one-table edit, then `diff --from out --to schema` and
 *   `lint --chain out` of a 2-line file with the cache check left.
 * Inputs missing from ../shared are skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/bundle/pgshift.js');
const runs = Number(process.argv[2] ?? 5);
const corpus = join(root, '../shared/corpus');
const KRATOS = join(corpus, 'chains/kratos');
const GITLAB = join(corpus, 'schemas/gitlab.sql');

interface Sample {
  wall: number;
  cpu: number;
  rssMb: number;
  status: number | null;
}

function once(args: string[], cwd: string, before?: () => void): Sample {
  before?.();
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %U %S %M', process.execPath, cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /__TIME__ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`no timing for pgshift ${args.join(' ')}: ${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024, status: r.status };
}

function runCli(args: string[], cwd: string): void {
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function row(label: string, args: string[], cwd: string, before?: () => void): void {
  const s = Array.from({ length: runs }, () => once(args, cwd, before));
  console.log(`| ${label} | \`pgshift ${args.join(' ')}\` | ${median(s.map((x) => x.wall)).toFixed(2)} | ${median(s.map((x) => x.cpu)).toFixed(2)} | ${Math.max(...s.map((x) => x.rssMb)).toFixed(0)} | ${s[0]!.status} |`);
}

console.log(`runs: ${runs} each, median wall and CPU (user+sys) in seconds, max peak RSS in MiB; node ${process.version}`);
console.log('');
console.log('| case | command | wall s | CPU s | peak RSS MiB | exit |');
console.log('|---|---|---|---|---|---|');

// the bundled example (a copy, so the cache and nothing else is written to the worktree)
const example = mkdtempSync(join(tmpdir(), 'pgshift-bench-'));
cpSync(join(root, 'schema'), join(example, 'schema'), { recursive: true });
cpSync(join(root, 'out'), join(example, 'out'), { recursive: true });
const noCache = () => rmSync(join(example, '.pgshift'), { recursive: true, force: true });
row('example, nothing to generate, no cache', ['generate', '-m', 'bench'], example, noCache);
row('example, nothing to generate, cached', ['generate', '-m', 'bench'], example);
row('example, check, cached', ['check'], example);

if (existsSync(KRATOS)) {
  row('kratos chain (346 revisions), dump', ['dump', '--chain', KRATOS], root);
  const p = mkdtempSync(join(tmpdir(), 'pgshift-bench-kratos-'));
  cpSync(KRATOS, join(p, 'out'), { recursive: true });
  mkdirSync(join(p, 'schema'));
  const dump = spawnSync(process.execPath, [cli, 'dump', '--chain', join(p, 'out')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  writeFileSync(join(p, 'schema/schema.sql'), dump.stdout);
  const cold = () => rmSync(join(p, '.pgshift'), { recursive: true, force: true });
  row('kratos, check (schema = head), no cache', ['check'], p, cold);
  row('kratos, check, cached', ['check'], p);
  row('kratos, generate (nothing to do), no cache', ['generate', '-m', 'x'], p, cold);
  row('kratos, generate (nothing to do), cached', ['generate', '-m', 'x'], p);
} else console.log(`(kratos skipped: ${KRATOS} not found)`);

if (existsSync(GITLAB)) {
  const empty = join(example, 'empty.sql');
  writeFileSync(empty, '');
  row('gitlab.sql from empty (up)', ['diff', '--from', empty, '--to', GITLAB], root);
  row('gitlab.sql from empty (down: drop everything)', ['diff', '--from', empty, '--to', GITLAB, '--down'], root);
  row('gitlab.sql no-op', ['diff', '--from', GITLAB, '--to', GITLAB], root);
  // the real thing: a project whose schema/ is gitlab.sql and whose chain is empty
  const g = mkdtempSync(join(tmpdir(), 'pgshift-bench-gitlab-'));
  mkdirSync(join(g, 'schema'));
  cpSync(GITLAB, join(g, 'schema/gitlab.sql'));
  const fresh = () => ['out', '.pgshift'].forEach((d) => rmSync(join(g, d), { recursive: true, force: true }));
  row('gitlab.sql, generate the initial revision (+ lint of it)', ['generate', '-m', 'init'], g, fresh);
  row('gitlab.sql, check (chain head = schema/), cached', ['check'], g);
  row('gitlab.sql, check without a cache (replay, bind, diff, lint of the chain)', ['check'], g, () => rmSync(join(g, '.pgshift'), { recursive: true, force: true }));
  // a one-table edit of schema/ on that project: the chain's replay is cached, the edited schema is not
  runCli(['check'], g); // the chain's replay is in the cache
  const initial = join(g, 'out.initial');
  cpSync(join(g, 'out'), initial, { recursive: true });
  writeFileSync(join(g, 'schema/edit.sql'), 'CREATE TABLE bench_edit (id bigint PRIMARY KEY, note text);\n');
  const edited = () => {
    rmSync(join(g, 'out'), { recursive: true, force: true });
    cpSync(initial, join(g, 'out'), { recursive: true });
    for (const f of readdirSync(join(g, '.pgshift/cache'))) if (/^(bind|settled|lint)-/.test(f)) rmSync(join(g, '.pgshift/cache', f));
  };
  row('gitlab.sql, generate after a one-table edit (chain replay cached)', ['generate', '-m', 'edit'], g, edited);
  // what a developer runs next on that project: preview the migration, lint a new file against the chain
  edited();
  runCli(['check'], g); // replay and schema cached (check fails: the edit is pending)
  row('gitlab.sql, diff --from out --to schema (after check: cached)', ['diff', '--from', 'out', '--to', 'schema'], g);
  writeFileSync(join(g, 'next.sql'), 'ALTER TABLE users ADD COLUMN bench_note text;\nCREATE INDEX users_bench_note ON users (bench_note);\n');
  row('gitlab.sql, lint --chain out next.sql (a 2-line file; after check: cached)', ['lint', '--chain', 'out', 'next.sql'], g);
} else console.log(`(gitlab.sql skipped: ${GITLAB} not found)`);
