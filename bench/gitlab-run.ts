/**
 * One measured `pgshift diff` in its own process, stage by stage (spawned by bench/gitlab.ts). It
 * imports only what the diff command needs, so its peak memory is the command's.
 *
 *   node dist/bench/gitlab-run.js FROM TO [OUT]   → prints one JSON line (StageTimes)
 */
import { writeFileSync } from 'node:fs';
import { loadAny } from '../lib/api/load.js';
import { migrationBetween, migrationText } from '../lib/api/diff.js';

export interface StageTimes {
  loadFromMs: number;
  loadToMs: number;
  diffMs: number;
  textMs: number;
  totalMs: number;
  /** CPU time of the whole process (user + system): steadier than wall time on a busy machine. */
  cpuMs: number;
  maxRssMb: number;
  upStatements: number;
  downStatements: number;
  errors: Record<string, number>;
}

const [from, to, out] = process.argv.slice(2);
if (from && to) {
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
  const cpu = process.cpuUsage();
  const r: StageTimes = {
    loadFromMs: t1 - t0, loadToMs: t2 - t1, diffMs: t3 - t2, textMs: t4 - t3, totalMs: t4 - t0, cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024, upStatements: m.up.length, downStatements: m.down.length, errors,
  };
  process.stdout.write(JSON.stringify(r));
}
