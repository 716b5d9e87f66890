/**
 * The layout holds: no import circles among the modules of lib/ and rules/ (type-only imports
 * count too), and each folder imports only from folders below it in the pipeline.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders from the bottom up: a module may import from its own folder or from one listed before it. */
const LAYERS = ['source', 'catalog/model', 'parse', 'catalog/query', 'catalog/statements', 'catalog', 'diff', 'plan', 'emit', 'chain', 'lint', 'config', 'db', 'online', 'api', 'report', 'lib', 'cli'];

function sources(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The layer of a module: its folder under lib/ (catalog's subfolders are layers of their own); rules/ belong to lint. */
function layer(file: string): string {
  const parts = relative(root, file).split('/');
  if (parts[0] === 'rules') return 'lint';
  if (parts.length === 2) return 'lib';
  if (parts[1] === 'catalog' && parts.length > 3) return `catalog/${parts[2]}`;
  return parts[1]!;
}

const files = [...sources(join(root, 'lib')), ...sources(join(root, 'rules'))];
const imports = new Map<string, string[]>();
for (const f of files) {
  const deps: string[] = [];
  for (const m of readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    deps.push(resolve(dirname(f), m[1]!.replace(/\.js$/, '.ts')));
  }
  imports.set(f, deps);
}

test('the sources were found', () => {
  assert.ok(files.length > 100, `only ${files.length} modules under lib/ and rules/`);
});

test('no import circles', () => {
  // Tarjan's strongly connected components; a component of more than one module is a circle.
  let next = 0;
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next); low.set(v, next); next++; stack.push(v); onStack.add(v);
    for (const w of imports.get(v) ?? []) {
      if (!imports.has(w)) continue;
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const c: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); c.push(relative(root, w)); } while (w !== v);
      if (c.length > 1) circles.push(c.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  assert.equal(circles, []);
});

test('each folder imports only from folders below it', () => {
  const upward: string[] = [];
  for (const [f, deps] of imports) {
    const a = layer(f);
    assert.ok(LAYERS.includes(a), `${relative(root, f)}: folder ${a} is not in LAYERS`);
    for (const d of deps) {
      if (!imports.has(d)) continue;
      const b = layer(d);
      if (LAYERS.indexOf(b) > LAYERS.indexOf(a)) upward.push(`${relative(root, f)} (${a}) → ${relative(root, d)} (${b})`);
    }
  }
  assert.equal(upward, []);
});

test.run();
