/** Reading a declarative schema's files (a file, or a folder of .sql files), with errors as diagnostics. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';

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

/** Every .sql file under a directory, sorted by path. */
export function sqlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      if (e.startsWith('.')) continue;
      const p = join(d, e);
      let dir = false;
      try {
        dir = statSync(p).isDirectory();
      } catch {
        // a dangling link or unreadable entry: listed, so reading it reports the error with its path
      }
      if (dir) walk(p);
      else if (e.endsWith('.sql')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The SQL files of a declarative schema: the file itself, or every .sql file under the folder. */
export function schemaPaths(path: string): string[] {
  return existsSync(path) && statSync(path).isDirectory() ? sqlFilesUnder(path) : [path];
}
