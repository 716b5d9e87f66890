/**
 * Scale benchmark on GitLab's structure.sql (1,401 tables, 4,630 indexes, partitions, triggers):
 *
 *   node dist/bench/gitlab.js [--schema FILE] [--runs N] [--no-db] [--keep DIR] [--doc FILE]
 *
 * 1. `pgshift diff --from <empty> --to gitlab.sql` and `--from gitlab.sql --to gitlab.sql`, each in a
 *    fresh process (so peak memory is that run's): wall time per stage and peak RSS, best of N runs.
 *    Goal: under 2 s and 300 MB. The second diff must be empty.
 * 2. Unless --no-db: the generated SQL loads on PostgreSQL (PGlite, or PGSHIFT_TEST_URL) and gives the
 *    same schema as loading the dump itself (compared by introspection); the down script empties it again.
 *
 * The schema defaults to ../shared/corpus/schemas/gitlab.sql; skipped with a message when absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StageTimes } from './gitlab-run.js';
import { runScript, withScratchDb } from '../lib/db/scratch.js';
import { diffSnapshots, snapshotSchema } from '../lib/db/snapshot.js';
import { mismatchKind } from './conformance/run-case.js';

const { values } = parseArgs({
  options: {
    schema: { type: 'string', default: '../shared/corpus/schemas/gitlab.sql' },
    runs: { type: 'string', default: '3' },
    'no-db': { type: 'boolean', default: false },
    keep: { type: 'string' },
    doc: { type: 'string' },
  },
});

/** Printed lines, kept for --doc. */
const lines: string[] = [];
function say(s: string): void {
  console.log(s);
  lines.push(...s.split('\n'));
}

type ChildResult = StageTimes;

/** The real command, timed by /usr/bin/time: wall seconds, peak RSS, CPU. */
function measureCli(from: string, to: string, runs: number): { wallMs: number; maxRssMb: number; cpuMs: number } | undefined {
  if (!existsSync('/usr/bin/time')) return undefined;
  const cli = fileURLToPath(new URL('../bundle/pgshift.js', import.meta.url));
  let best: { wallMs: number; maxRssMb: number; cpuMs: number } | undefined;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, cli, 'diff', '--from', from, '--to', to], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const last = r.stderr.trim().split('\n').pop() ?? '';
    const [e, m, u, sy] = last.split(' ').map(Number);
    if (r.status !== 0 || e === undefined || Number.isNaN(e)) return undefined;
    const run = { wallMs: e * 1000, maxRssMb: m! / 1024, cpuMs: (u! + sy!) * 1000 };
    if (!best || run.wallMs < best.wallMs) best = { ...run, maxRssMb: Math.max(run.maxRssMb, best?.maxRssMb ?? 0) };
    else best.maxRssMb = Math.max(best.maxRssMb, run.maxRssMb);
  }
  return best;
}

function measure(from: string, to: string, runs: number, out?: string): { best: ChildResult; wallMs: number } {
  let best: ChildResult | undefined;
  let wallMs = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const args = [fileURLToPath(new URL('./gitlab-run.js', import.meta.url)), from, to, ...(out && i === 0 ? [out] : [])];
    const text = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    wallMs = Math.min(wallMs, performance.now() - started);
    const r = JSON.parse(text) as ChildResult;
    if (!best || r.totalMs < best.totalMs) best = { ...r, maxRssMb: Math.max(r.maxRssMb, best?.maxRssMb ?? 0) };
    else best.maxRssMb = Math.max(best.maxRssMb, r.maxRssMb);
  }
  return { best: best!, wallMs };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function report(label: string, m: { best: ChildResult; wallMs: number }, cli?: { wallMs: number; maxRssMb: number; cpuMs: number }): void {
  const b = m.best;
  say(`${label}:`);
  if (cli) say(`  pgshift diff (the CLI, /usr/bin/time): ${fmt(cli.wallMs)} wall, ${fmt(cli.cpuMs)} CPU, peak RSS ${cli.maxRssMb.toFixed(0)} MB`);
  say(`  load from ${fmt(b.loadFromMs)}, load to ${fmt(b.loadToMs)}, diff+plan+emit ${fmt(b.diffMs)}, text ${fmt(b.textMs)}`);
  say(`  stages in-process: total ${fmt(b.totalMs)}, ${fmt(m.wallMs)} wall with Node start-up, ${fmt(b.cpuMs)} CPU; peak RSS ${b.maxRssMb.toFixed(0)} MB`);
  say(`  ${b.upStatements} up statements, ${b.downStatements} down statements; errors in the inputs: ${JSON.stringify(b.errors)}`);
}

/** Differences grouped by the kind of object, with one example each. */
function printGrouped(lines: string[], expected: string): void {
  const groups = new Map<string, string[]>();
  for (const l of lines) {
    const k = mismatchKind(l, expected);
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  for (const [k, ls] of [...groups].sort((a, b) => b[1].length - a[1].length)) say(`    ${ls.length} × ${k}, e.g. ${ls[0]}`);
}

async function dbCheck(schemaText: string, up: string, down: string): Promise<boolean> {
  const url = process.env['PGSHIFT_TEST_URL'] || undefined;
  say(`\nOn ${url ? 'the PGSHIFT_TEST_URL server' : 'PGlite'}:`);
  let t = performance.now();
  const dumpSnap = await withScratchDb(async (db) => {
    await runScript(db, 'gitlab.sql', schemaText);
    return snapshotSchema(db);
  }, { url });
  say(`  gitlab.sql loaded in ${fmt(performance.now() - t)}`);
  t = performance.now();
  let ok = true;
  await withScratchDb(async (db) => {
    const empty = await snapshotSchema(db);
    await runScript(db, 'up.sql', up);
    say(`  generated up.sql loaded in ${fmt(performance.now() - t)}`);
    const upDiffs = diffSnapshots(await snapshotSchema(db), dumpSnap, ['up.sql', 'gitlab.sql']);
    say(`  db(up.sql) vs db(gitlab.sql): ${upDiffs.length ? `${upDiffs.length} differences` : 'identical'}`);
    printGrouped(upDiffs, 'gitlab.sql');
    await runScript(db, 'down.sql', down);
    const downDiffs = diffSnapshots(await snapshotSchema(db), empty, ['up+down', 'empty']);
    say(`  db(up.sql + down.sql) vs empty database: ${downDiffs.length ? `${downDiffs.length} differences` : 'identical'}`);
    for (const l of downDiffs.slice(0, 10)) say(`    ${l}`);
    ok = !upDiffs.length && !downDiffs.length;
  }, { url });
  return ok;
}

async function main(): Promise<void> {
  const schema = resolve(values.schema!);
  if (!existsSync(schema)) {
    say(`gitlab benchmark: skipped, no schema at ${schema}`);
    return;
  }
  const dir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'pgshift-gitlab-'));
  mkdirSync(dir, { recursive: true });
  const empty = join(dir, 'empty.sql');
  writeFileSync(empty, '');
  const runs = Number(values.runs);
  say(`pgshift diff on ${schema} (${(readFileSync(schema).length / 1e6).toFixed(2)} MB), best of ${runs} runs, Node ${process.version}\n`);
  const create = measure(empty, schema, runs, join(dir, 'create'));
  report('--from <empty> --to gitlab.sql', create, measureCli(empty, schema, runs));
  const self = measure(schema, schema, runs);
  report('--from gitlab.sql --to gitlab.sql', self, measureCli(schema, schema, runs));
  let ok = self.best.upStatements === 0;
  say(`  second diff ${ok ? 'empty' : 'NOT EMPTY'}`);
  if (!values['no-db']) {
    ok = (await dbCheck(readFileSync(schema, 'utf8'), readFileSync(join(dir, 'create.up.sql'), 'utf8'), readFileSync(join(dir, 'create.down.sql'), 'utf8'))) && ok;
  }
  if (values.keep) say(`\ngenerated SQL kept in ${dir}`);
  if (values.doc) {
    const server = process.env['PGSHIFT_TEST_URL'] ? "PGSHIFT_TEST_URL='…' " : '';
    const args = [values.runs !== '3' ? `--runs ${values.runs}` : '', values['no-db'] ? '--no-db' : ''].filter(Boolean).join(' ');
    writeFileSync(values.doc, `# Scale: GitLab's structure.sql\n\nCommand: \`${server}node dist/bench/gitlab.js${args ? ` ${args}` : ''}\` (${new Date().toISOString().slice(0, 10)}).\nGoal: under 2 s and 300 MB for \`pgshift diff --from <empty> --to gitlab.sql\`; the generated SQL gives the same database as the dump.\n\n\`\`\`\n${lines.join('\n').trim()}\n\`\`\`\n`);
  }
  process.exitCode = ok ? 0 : 1;
}

await main();
process.exit(process.exitCode ?? 0);
