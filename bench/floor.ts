/**
 * The floor under every pgshift command: what a fresh process pays before pgshift's own work starts
 * (Node's start-up, instantiating libpg-query's WASM parser, the parser's first call, which
 * compiles its grammar functions lazily) and what parsing alone costs on a large file. Each step is
 * a fresh process doing only that, median of N runs (wall, in-process `performance.now()`, and
 * GNU time for the whole process). The speed goals are judged against it: no command can be faster
 * than the floor of the work it must do.
 *
 *   node dist/bench/floor.js [runs=7] [file=../shared/corpus/schemas/gitlab.sql]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.argv[2] ?? 7);
const file = process.argv[3] ?? join(root, '../shared/corpus/schemas/gitlab.sql');
const parserModule = join(root, 'dist/lib/parse/parse.js');

/** One step in a child process; it prints `__MS__ <load> <first> <whole>` (in-process milliseconds). */
const STEP = `
const t0 = performance.now();
const p = await import(${JSON.stringify(parserModule)});
await p.initParser();
const t1 = performance.now();
p.parseFile({ path: 'small.sql', text: 'ALTER TABLE t ADD COLUMN c int;\\nCREATE INDEX i ON t (c);\\n' });
const t2 = performance.now();
const big = process.argv[1];
if (big) p.parseFile({ path: big, text: (await import('node:fs')).readFileSync(big, 'utf8') });
const t3 = performance.now();
console.log('__MS__', t1 - t0, t2 - t1, t3 - t2);
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function wallOf(args: string[]): { wall: number; out: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const m = /__TIME__ ([\d.]+)/.exec(r.stderr ?? '');
  if (!m || r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return { wall: Number(m[1]), out: r.stdout };
}

function step(big?: string) {
  const { wall, out } = wallOf(['--input-type=module', '-e', STEP, ...(big ? [big] : [])]);
  const [load, first, whole] = /__MS__ (\S+) (\S+) (\S+)/.exec(out)!.slice(1).map(Number) as [number, number, number];
  return { wall, load, first, whole };
}

if (!existsSync('/usr/bin/time')) {
  console.log('GNU time (/usr/bin/time) is needed: skipped');
  process.exit(0);
}
const node = Array.from({ length: runs }, () => wallOf(['-e', '0']).wall);
const small = Array.from({ length: runs }, () => step());
const large = existsSync(file) ? Array.from({ length: runs }, () => step(file)) : [];

console.log(`runs: ${runs} each (median), node ${process.version}; each row is a fresh process doing only that`);
console.log('');
console.log('| step | median |');
console.log('|---|---|');
console.log(`| \`node -e 0\` (whole process) | ${(median(node) * 1000).toFixed(0)} ms |`);
console.log(`| import the parser and instantiate libpg-query's WASM module | ${median(small.map((s) => s.load)).toFixed(0)} ms |`);
console.log(`| the parser's first call (a 2-line file: lazy compilation of the grammar) | ${median(small.map((s) => s.first)).toFixed(0)} ms |`);
console.log(`| whole process: start, instantiate, parse a 2-line file | ${(median(small.map((s) => s.wall)) * 1000).toFixed(0)} ms |`);
if (large.length) {
  const kb = (readFileSync(file).length / 1024).toFixed(0);
  console.log(`| parse ${file.split('/').pop()} (${kb} KB) after the first call | ${median(large.map((s) => s.whole)).toFixed(0)} ms |`);
  console.log(`| whole process: start, instantiate, parse ${file.split('/').pop()} | ${(median(large.map((s) => s.wall)) * 1000).toFixed(0)} ms |`);
} else console.log(`| ${file} | absent: skipped |`);
