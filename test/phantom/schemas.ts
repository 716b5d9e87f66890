/**
 * The schemas the phantom-diff tests run on: the real dumps of ../shared/corpus/schemas (read at run
 * time, never copied) and the bundled example schema/ — each skipped with a message when absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sqlFilesUnder } from '../../lib/source/sql-files.js';

export interface PhantomSchema {
  name: string;
  /** A .sql file or a folder of schema files. */
  path: string;
  /** Extensions it needs on the server. */
  extensions: string[];
}

const CORPUS = resolve('../shared/corpus/schemas');
const EXAMPLE = resolve('schema');
const NEEDS: Record<string, string[]> = { 'gitlab.sql': ['btree_gist', 'pg_trgm'] };

export function phantomSchemas(): PhantomSchema[] {
  const out: PhantomSchema[] = [];
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.sql')).sort()) {
      out.push({ name: f, path: join(CORPUS, f), extensions: NEEDS[f] ?? [] });
    }
  } else {
    console.log(`phantom diffs: ${CORPUS} is absent, corpus schemas skipped`);
  }
  if (existsSync(EXAMPLE) && sqlFilesUnder(EXAMPLE).length) out.push({ name: 'schema/ (bundled example)', path: EXAMPLE, extensions: [] });
  else console.log('phantom diffs: the bundled example schema/ has no SQL files yet, skipped');
  return out;
}
