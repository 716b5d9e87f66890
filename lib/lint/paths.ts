/** Expanding lint arguments: files, folders (recursively, `.sql` files) and globs (`*`, `?`, `**`). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const natural = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** A glob as a regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/\\/g, '/');
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      re += g[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += g[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function isGlob(p: string): boolean {
  return /[*?]/.test(p);
}

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir).sort(natural)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (e.endsWith('.sql')) out.push(p);
  }
}

/** `.sql` files under a folder, in natural order. */
export function sqlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  walk(dir, out);
  return out;
}

/** Files matching a glob, relative to `cwd` (walks from the glob's literal prefix). */
export function expandGlob(glob: string, cwd: string): string[] {
  const norm = glob.replace(/\\/g, '/');
  const parts = norm.split('/');
  const firstGlob = parts.findIndex(isGlob);
  const base = parts.slice(0, firstGlob).join('/') || '.';
  const root = join(cwd, base);
  if (!existsSync(root)) return [];
  const re = globToRegExp(norm.replace(/^\.\//, ''));
  const files: string[] = [];
  const all: string[] = [];
  const collect = (dir: string) => {
    for (const e of readdirSync(dir).sort(natural)) {
      if (e === 'node_modules' || e.startsWith('.')) continue;
      const p = join(dir, e);
      if (statSync(p).isDirectory()) collect(p);
      else all.push(p);
    }
  };
  collect(root);
  for (const p of all) {
    const rel = relative(cwd, p).split(sep).join('/');
    if (re.test(rel)) files.push(rel);
  }
  return files;
}

/** Whether a path (relative to cwd, `/`-separated) matches any exclude glob. */
export function excluded(path: string, patterns: readonly RegExp[]): boolean {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return patterns.some((re) => re.test(p) || re.test(p.split('/').pop() ?? ''));
}
