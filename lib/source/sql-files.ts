/**
 * Finding and reading SQL files on disk: one walker for every folder pgshift reads (a schema folder,
 * a folder or glob given to `pgshift lint`), and one reader that turns a file it cannot read into a
 * diagnostic with the file's path instead of an exception.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import type { SourceFile } from './file.js';

/** Read a file, or report why not (never throws for user errors). */
export function readFile(path: string, diags: Diagnostic[]): SourceFile | undefined {
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    diags.push({ code: 'read-error', severity: 'error', message: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`, file: path });
    return undefined;
  }
}

/** Natural order (`2_x.sql` before `10_y.sql`); one collator for every sort (`localeCompare` with options builds one per comparison). */
export const natural = new Intl.Collator('en', { numeric: true }).compare;

/** A folder's entries in natural order, or undefined when it cannot be listed. */
function listing(dir: string): string[] | undefined {
  try {
    return readdirSync(dir).sort(natural);
  } catch {
    return undefined;
  }
}

/**
 * Every file under a folder, in natural order, skipping hidden entries and `node_modules`. An entry
 * that cannot be examined (a dangling link, a folder without permission) is listed as a file, so that
 * reading it reports the problem with its path.
 */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (entries: string[], d: string) => {
    for (const e of entries) {
      if (e === 'node_modules' || e.startsWith('.')) continue;
      const p = join(d, e);
      const sub = statSync(p, { throwIfNoEntry: false })?.isDirectory() ? listing(p) : undefined;
      if (sub) walk(sub, p);
      else out.push(p);
    }
  };
  walk(readdirSync(dir).sort(natural), dir);
  return out;
}

/** Every .sql file under a folder (see filesUnder). */
export function sqlFilesUnder(dir: string): string[] {
  return filesUnder(dir).filter((p) => p.endsWith('.sql'));
}

/** The SQL files of a declarative schema: the file itself, or every .sql file under the folder. */
export function schemaPaths(path: string): string[] {
  return existsSync(path) && statSync(path).isDirectory() ? sqlFilesUnder(path) : [path];
}
