/** Expanding lint arguments: files, folders (recursively, `.sql` files) and globs (`*`, `?`, `**`). */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../source/sql-files.js';

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
  for (const p of filesUnder(root)) {
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
