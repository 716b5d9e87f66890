/**
 * Scale benchmark on GitLab's structure.sql (1,401 tables, 4,630 indexes, partitions, triggers):
 *
 *   node dist/bench/gitlab.js [--schema FILE] [--runs N] [--no-db] [--keep DIR]
 *
 * 1. `pgshift diff --from <empty> --to gitlab.sql` and `--from gitlab.sql --to gitlab.sql`, each in a
 *    fresh process (so peak memory is that run's): wall time per stage and peak RSS, best of N runs.
 *    Goal: under 2 s and 300 MB. The second diff must be empty.
 * 2. Unless --no-db: the generated SQL loads on PostgreSQL (PGlite, or PGSHIFT_TEST_URL) and gives the
 *    same schema as loading the dump itself (compared by introspection); the down script empties it again.
 *
 * The schema defaults to ../shared/corpus/schemas/gitlab.sql; skipped with a message when absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadAny } from '../lib/api/load.js';
import { migrationBetween, migrationText } from '../lib/api/diff.js';
import { runScript, withScratchDb } from '../lib/db/scratch.js';
import { diffSnapshots, snapshotSchema } from '../lib/db/snapshot.js';
import { mismatchKind } from './conformance/run-case.js';

const { values } = parseArgs({
  options: {
    schema: { type: 'string', default: '../shared/corpus/schemas/gitlab.sql' },
    runs: { type: 'string', default: '3' },
    'no-db': { type: 'boolean', default: false },
    keep: { type: 'string' },
    child: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
  },
});

interface ChildResult {
  loadFromMs: number;
  loadToMs: number;
  diffMs: number;
  textMs: number;
  totalMs: number;
  maxRssMb: number;
  upStatements: number;
  downStatements: number;
  errors: Record<string, number>;
}

/** One measured run: what `pgshift diff` does, stage by stage. */
async function child(from: string, to: string, out: string | undefined): Promise<void> {
  const t0 = performance.now();
  const a = await loadAny(from);
  const t1 = performance.now();
  const b = await loadAny(to);
  const t2 = performance.now();
  const m = migrationBetween(a.catalog, b.catalog);
  const t3 = performance.now();
  const up = migrationText(m.up);
  const down = migrationText(m.down);
  const t4 = performance.now();
  if (out) {
    writeFileSync(`${out}.up.sql`, up);
    writeFileSync(`${out}.down.sql`, down);
  }
  const errors: Record<string, number> = {};
  for (const d of [...a.diagnostics, ...b.diagnostics]) if (d.severity === 'error') errors[d.code] = (errors[d.code] ?? 0) + 1;
  const r: ChildResult = {
    loadFromMs: t1 - t0, loadToMs: t2 - t1, diffMs: t3 - t2, textMs: t4 - t3, totalMs: t4 - t0,
    maxRssMb: process.resourceUsage().maxRSS / 1024, upStatements: m.up.length, downStatements: m.down.length, errors,
  };
  process.stdout.write(JSON.stringify(r));
}

function measure(from: string, to: string, runs: number, out?: string): { best: ChildResult; wallMs: number } {
  let best: ChildResult | undefined;
  let wallMs = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const args = [fileURLToPath(import.meta.url), '--child', 'run', '--from', from, '--to', to, ...(out && i === 0 ? ['--out', out] : [])];
    const text = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    wallMs = Math.min(wallMs, performance.now() - started);
    const r = JSON.parse(text) as ChildResult;
    if (!best || r.totalMs < best.totalMs) best = { ...r, maxRssMb: Math.max(r.maxRssMb, best?.maxRssMb ?? 0) };
    else best.maxRssMb = Math.max(best.maxRssMb, r.maxRssMb);
  }
  return { best: best!, wallMs };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function report(label: string, m: { best: ChildResult; wallMs: number }): void {
  const b = m.best;
  console.log(`${label}:`);
  console.log(`  load from ${fmt(b.loadFromMs)}, load to ${fmt(b.loadToMs)}, diff+plan+emit ${fmt(b.diffMs)}, text ${fmt(b.textMs)}`);
  console.log(`  total ${fmt(b.totalMs)} in-process, ${fmt(m.wallMs)} wall (with Node start-up); peak RSS ${b.maxRssMb.toFixed(0)} MB`);
  console.log(`  ${b.upStatements} up statements, ${b.downStatements} down statements; errors in the inputs: ${JSON.stringify(b.errors)}`);
}

/** Differences grouped by the kind of object, with one example each. */
function printGrouped(lines: string[], expected: string): void {
  const groups = new Map<string, string[]>();
  for (const l of lines) {
    const k = mismatchKind(l, expected);
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  for (const [k, ls] of [...groups].sort((a, b) => b[1].length - a[1].length)) console.log(`    ${ls.length} × ${k}, e.g. ${ls[0]}`);
}

async function dbCheck(schemaText: string, up: string, down: string): Promise<boolean> {
  const url = process.env['PGSHIFT_TEST_URL'] || undefined;
  console.log(`\nOn ${url ? 'the PGSHIFT_TEST_URL server' : 'PGlite'}:`);
  let t = performance.now();
  const dumpSnap = await withScratchDb(async (db) => {
    await runScript(db, 'gitlab.sql', schemaText);
    return snapshotSchema(db);
  }, { url });
  console.log(`  gitlab.sql loaded in ${fmt(performance.now() - t)}`);
  t = performance.now();
  let ok = true;
  await withScratchDb(async (db) => {
    const empty = await snapshotSchema(db);
    await runScript(db, 'up.sql', up);
    console.log(`  generated up.sql loaded in ${fmt(performance.now() - t)}`);
    const upDiffs = diffSnapshots(await snapshotSchema(db), dumpSnap, ['up.sql', 'gitlab.sql']);
    console.log(`  db(up.sql) vs db(gitlab.sql): ${upDiffs.length ? `${upDiffs.length} differences` : 'identical'}`);
    printGrouped(upDiffs, 'gitlab.sql');
    await runScript(db, 'down.sql', down);
    const downDiffs = diffSnapshots(await snapshotSchema(db), empty, ['up+down', 'empty']);
    console.log(`  db(up.sql + down.sql) vs empty database: ${downDiffs.length ? `${downDiffs.length} differences` : 'identical'}`);
    for (const l of downDiffs.slice(0, 10)) console.log(`    ${l}`);
    ok = !upDiffs.length && !downDiffs.length;
  }, { url });
  return ok;
}

async function main(): Promise<void> {
  if (values.child) return child(values.from!, values.to!, values.out);
  const schema = resolve(values.schema!);
  if (!existsSync(schema)) {
    console.log(`gitlab benchmark: skipped, no schema at ${schema}`);
    return;
  }
  const dir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'pgshift-gitlab-'));
  mkdirSync(dir, { recursive: true });
  const empty = join(dir, 'empty.sql');
  writeFileSync(empty, '');
  const runs = Number(values.runs);
  console.log(`pgshift diff on ${schema} (${(readFileSync(schema).length / 1e6).toFixed(2)} MB), best of ${runs} runs, Node ${process.version}\n`);
  const create = measure(empty, schema, runs, join(dir, 'create'));
  report('--from <empty> --to gitlab.sql', create);
  const self = measure(schema, schema, runs);
  report('--from gitlab.sql --to gitlab.sql', self);
  let ok = self.best.upStatements === 0;
  console.log(`  second diff ${ok ? 'empty' : 'NOT EMPTY'}`);
  if (!values['no-db']) {
    ok = (await dbCheck(readFileSync(schema, 'utf8'), readFileSync(join(dir, 'create.up.sql'), 'utf8'), readFileSync(join(dir, 'create.down.sql'), 'utf8'))) && ok;
  }
  if (values.keep) console.log(`\ngenerated SQL kept in ${dir}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
if (!values.child) process.exit(process.exitCode ?? 0);
