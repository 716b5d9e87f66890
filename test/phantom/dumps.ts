/**
 * Real schema dumps of open-source applications, stored under test/fixtures/dumps/ (see the README
 * there for source, commit and licence of each). Nothing is downloaded at test time.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface RealDump {
  name: string;
  path: string;
  /** Extensions the dump creates: the server must offer them, else the database tests skip. */
  extensions: string[];
}

const DIR = resolve('test/fixtures/dumps');

const DUMPS: Omit<RealDump, 'path'>[] = [
  { name: 'danbooru', extensions: ['fuzzystrmatch', 'pg_trgm', 'pgcrypto', 'pgstattuple'] },
  { name: 'transitland', extensions: ['hstore', 'postgis'] },
];

export function realDumps(): RealDump[] {
  return DUMPS.map((d) => ({ ...d, path: join(DIR, `${d.name}.sql`) })).filter((d) => {
    if (existsSync(d.path)) return true;
    console.log(`real dumps: ${d.path} is absent, skipped`);
    return false;
  });
}
