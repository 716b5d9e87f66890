/**
 * The project cache's storage (`.pgshift/cache`): keys and entries. An entry is one file of plain
 * v8-serialised data, written atomically, named by its kind and key. Every key covers the pgshift
 * build (package version and the compiled files' sizes and times) and the V8 version, so a new
 * pgshift never reads an old cache; a file that cannot be read, or whose recorded key differs, is
 * ignored (and rewritten). Deleting the folder is always safe; it ignores itself in git. What is
 * stored: chain replays and bound schemas (cache.ts), lint results (api/lint-cache.ts), settled
 * comparisons (api/settled.ts), validated config texts (config/load.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../source/package-root.js';
import { deserialize, serialize } from 'node:v8';
import type { Revision } from './revision.js';
import type { SourceFile } from '../source/file.js';

/** Entries kept per cache folder (a few branches' worth); older ones are deleted when a new one is written. */
const KEEP = 8;

let build: string | undefined;

/** Identity of this pgshift build: any change to the compiled code gives a new one. */
export function buildId(): string {
  if (build) return build;
  const root = packagePath('dist');
  const h = createHash('sha256').update(process.versions.v8);
  try {
    h.update(readFileSync(packagePath('package.json')));
  } catch {
    /* not installed as a package: the compiled files alone identify the build */
  }
  const walk = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e);
      const s = statSync(p, { throwIfNoEntry: false });
      if (!s) continue;
      if (s.isDirectory()) walk(p);
      else if (e.endsWith('.js') || e.endsWith('.json')) h.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
    }
  };
  for (const d of ['lib', 'rules', 'bundle']) walk(join(root, d));
  return (build = h.digest('hex').slice(0, 32));
}

/** Running keys of a chain: `keys[i]` identifies revisions 0..i (with the build and `salt`). */
export function prefixKeys(revs: readonly Revision[], salt: string): string[] {
  let k = createHash('sha256').update(`${buildId()}\0${salt}`).digest('hex');
  return revs.map((r) => (k = createHash('sha256').update(`${k}\0${r.up.path}\0${r.id}\0`).update(r.up.text).digest('hex')));
}

/** Key of a set of files (a schema folder): their paths and texts, with the build and `salt`. */
export function filesKey(files: readonly SourceFile[], salt: string): string {
  const h = createHash('sha256').update(`${buildId()}\0${salt}`);
  for (const f of files) h.update(`\0${f.path}\0${f.text.length}\0`).update(f.text);
  return h.digest('hex');
}

interface Entry<T> {
  key: string;
  value: T;
}

function fileOf(dir: string, kind: string, key: string): string {
  return join(dir, `${kind}-${key.slice(0, 40)}.bin`);
}

/** The cached value under `key`, or undefined (absent, unreadable, or not written by this build for this key). */
export function readEntry<T>(dir: string, kind: string, key: string): T | undefined {
  const f = fileOf(dir, kind, key);
  if (!existsSync(f)) return undefined;
  try {
    const e = deserialize(readFileSync(f)) as Entry<T> | undefined;
    return e && e.key === key ? e.value : undefined;
  } catch {
    return undefined; // corrupt or truncated: ignored, rewritten after the replay
  }
}

/** Save `value` under `key` (best effort: a read-only project simply has no cache). */
export function writeEntry<T>(dir: string, kind: string, key: string, value: T): void {
  try {
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '.gitignore'), '*\n');
    }
    const f = fileOf(dir, kind, key);
    const tmp = `${f}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ key, value } satisfies Entry<T>));
    renameSync(tmp, f);
    prune(dir, kind);
  } catch {
    /* no cache this time */
  }
}

function prune(dir: string, kind: string): void {
  const files = readdirSync(dir)
    .filter((e) => e.startsWith(`${kind}-`) && e.endsWith('.bin'))
    .map((e) => ({ p: join(dir, e), t: statSync(join(dir, e)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const f of files.slice(KEEP)) unlinkSync(f.p);
}

/** The cache folder of a project. */
export function projectCacheDir(cwd: string): string {
  return join(cwd, '.pgshift', 'cache');
}
