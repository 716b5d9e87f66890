/**
 * Benchmark: parse, bind, diff+plan, emit for generate-from-empty and a no-op diff on synthetic
 * schemas of 100, 1,000, 5,000 and 10,000 tables, and on ../shared/corpus/schemas/gitlab.sql when present.
 * Run: `make bench` (node --expose-gc dist/bench/generate.js). Figures (CPU ms) go to the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import { initParser, parseFile } from '../lib/parse/parse.js';
import { bind } from '../lib/catalog/bind.js';
import { emptyCatalog } from '../lib/catalog/model/catalog.js';
import { diff } from '../lib/diff/diff.js';
import { plan } from '../lib/plan/plan.js';
import { emit, statementsToSql } from '../lib/emit/emit.js';
import { syntheticSchema } from './synthetic.js';
import { migrationBetween, migrationText } from '../lib/api/diff.js';

const GITLAB = '../shared/corpus/schemas/gitlab.sql';

/**
 * Times are CPU time of this (single-threaded) process, user + system, in ms: on a quiet machine the
 * same as wall time, and unlike wall time not inflated when other work shares the cores.
 */
const clock = { bigint: (): bigint => { const u = process.cpuUsage(); return BigInt(u.user + u.system) * 1000n; } };
function ms(t0: bigint): number {
  return Number(clock.bigint() - t0) / 1e6;
}

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);

function run(label: string, text: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage().rss;
  peak = startRss;
  let t = clock.bigint();
  const total = clock.bigint();
  const parsed = parseFile({ path: label, text });
  const tParse = ms(t);
  t = clock.bigint();
  const bound = bind([parsed]);
  const tBind = ms(t);
  t = clock.bigint();
  const changes = diff(emptyCatalog(), bound.catalog);
  const planned = plan(changes);
  const tDiff = ms(t);
  t = clock.bigint();
  const sql = statementsToSql(emit(planned));
  const tEmit = ms(t);
  const tTotal = ms(total);
  // what `pgshift generate` does on top: safe rewrites, lock notes, self-lint, and the down migration too
  t = clock.bigint();
  const full = migrationBetween(emptyCatalog(), bound.catalog);
  migrationText(full.up);
  migrationText(full.down);
  const tFull = ms(t);
  t = clock.bigint();
  const again = bind([parseFile({ path: label, text })]);
  const noop = diff(bound.catalog, again.catalog);
  const tNoop = ms(t);
  // dropping everything: the schema back to empty, as the down migration of an initial revision (self-linted)
  t = clock.bigint();
  migrationText(migrationBetween(again.catalog, emptyCatalog(), { only: 'up' }).up);
  const tDrop = ms(t);
  peak = Math.max(peak, process.memoryUsage().rss);
  const perTable = (t: number) => ((t * 1000) / bound.catalog.tables.size).toFixed(0);
  const errors = bound.diagnostics.filter((d) => d.severity === 'error').length;
  console.log(
    `| ${label} | ${bound.catalog.tables.size} | ${parsed.statements.length} | ${tParse.toFixed(0)} | ${tBind.toFixed(0)} | ${tDiff.toFixed(0)} | ${tEmit.toFixed(0)} | **${tTotal.toFixed(0)}** | ${(tParse + tBind + tFull).toFixed(0)} | ${tNoop.toFixed(0)} (${noop.length} changes) | ${tDrop.toFixed(0)} | ${perTable(tParse + tBind + tFull)} / ${perTable(tNoop)} / ${perTable(tDrop)} | ${(peak / 1e6).toFixed(0)} | ${(sql.length / 1e6).toFixed(2)} MB${errors ? `, ${errors} errors` : ''} |`,
  );
}

await initParser();
console.log('| schema | tables | statements | parse ms | bind ms | diff+plan ms | emit ms | from empty ms | generate-equivalent ms (+ lock notes, self-lint, down) | no-op diff ms (parse+bind+diff) | drop everything ms (diff to empty, self-linted) | µs per table: generate / no-op / drop | peak RSS MB | output |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const n of [100, 1000, 5000, 10000]) run(`synthetic-${n}`, syntheticSchema(n));
if (existsSync(GITLAB)) run('gitlab.sql', readFileSync(GITLAB, 'utf8'));
else console.log(`(skipped gitlab.sql: ${GITLAB} not found)`);
clearInterval(sampler);
