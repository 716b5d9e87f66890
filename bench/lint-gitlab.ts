/**
 * Benchmark: `pgshift lint --format json` against `squawk --reporter json` on GitLab's structure.sql
 * (../shared/corpus/schemas/gitlab.sql, 2.75 MB, ~14,600 statements). Wall time and peak RSS per run,
 * measured the same way for both (GNU time when present, else wall time only).
 *
 *   npx tsc -p tsconfig.json && node dist/bench/lint-gitlab.js [runs=5] [file]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const file = process.argv[3] ?? join(root, '../shared/corpus/schemas/gitlab.sql');

interface Sample {
  wall: number;
  rssKb?: number;
  findings: number;
  code: number | null;
}

const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;

function measure(cmd: string, args: string[]): Sample {
  const t0 = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  let findings = -1;
  try {
    findings = (JSON.parse(r.stdout) as unknown[]).length;
  } catch {
    /* not JSON: reported as -1 */
  }
  return { wall: m ? Number(m[1]) : wall, rssKb: m ? Number(m[2]) : undefined, findings, code: r.status };
}

function squawkBinary(): string | undefined {
  const bin = join(root, 'node_modules/@squawk-cli', `${process.platform}-${process.arch}`, 'bin', process.platform === 'win32' ? 'squawk.exe' : 'squawk');
  return existsSync(bin) ? bin : undefined;
}

/** The real CLI when it has the lint command, else the test harness that mounts the same command module. */
function pgshiftCommand(): string[] {
  const main = join(root, 'dist/bundle/pgshift.js');
  const probe = existsSync(main) ? spawnSync(process.execPath, [main, 'rules', '--format', 'json'], { encoding: 'utf8' }) : undefined;
  const hasLint = probe?.status === 0 && probe.stdout.startsWith('[');
  const cli = hasLint ? main : join(root, 'dist/test/lint/cli-helpers.js');
  return [process.execPath, cli, 'lint', file, '--format', 'json'];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main(): void {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found (the corpus lives in ../shared/corpus)`);
    return;
  }
  const tools: { name: string; argv: string[] }[] = [{ name: 'pgshift lint --format json', argv: pgshiftCommand() }];
  const squawk = squawkBinary();
  if (squawk) tools.push({ name: 'squawk --reporter json', argv: [squawk, '--reporter', 'json', file] });
  else console.log('squawk-cli is not installed (npm install --no-save squawk-cli@2.66.0 — not a devDependency: this registry mirror lacks its other-platform packages, so it would break npm ci): measuring pgshift only');
  const samples = new Map<string, Sample[]>(tools.map((t) => [t.name, []]));
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither tool always runs on a warmer page cache.
    for (const t of i % 2 ? [...tools].reverse() : tools) samples.get(t.name)!.push(measure(t.argv[0]!, t.argv.slice(1)));
  }
  console.log(`file: ${file}`);
  console.log(`runs: ${runs} each, node ${process.version}, ${gnuTime ? 'GNU time (wall, max RSS)' : 'wall time only'}`);
  console.log(`pgshift: ${tools[0]!.argv.slice(1).join(' ')}`);
  console.log('');
  console.log('| tool | median wall (s) | min wall (s) | peak RSS (MB) | findings | exit | failed runs |');
  console.log('|---|---|---|---|---|---|---|');
  for (const t of tools) {
    // A run whose output is not a JSON array failed (e.g. the build changed under it): not timed.
    const all = samples.get(t.name)!;
    const s = all.filter((x) => x.findings >= 0);
    if (s.length === 0) {
      console.log(`| ${t.name} | - | - | - | - | ${all[0]!.code} | ${all.length} |`);
      continue;
    }
    const rss = s.every((x) => x.rssKb !== undefined) ? (Math.max(...s.map((x) => x.rssKb!)) / 1024).toFixed(0) : 'n/a';
    console.log(`| ${t.name} | ${median(s.map((x) => x.wall)).toFixed(2)} | ${Math.min(...s.map((x) => x.wall)).toFixed(2)} | ${rss} | ${s[0]!.findings} | ${s[0]!.code} | ${all.length - s.length} |`);
  }
}

main();
