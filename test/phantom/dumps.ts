/**
 * Real schema dumps of open-source applications, stored under test/fixtures/dumps/ (see the README
 * there for source, commit and licence of each), and schemas of our own using extensions
 * (test/fixtures/extensions: PostGIS, pg_partman). Nothing is downloaded at test time.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface RealDump {
  name: string;
  path: string;
  /** Extensions the dump creates: the server must offer them, else the database tests skip. */
  extensions: string[];
}

const DUMPS: RealDump[] = [
  { name: 'danbooru', path: resolve('test/fixtures/dumps/danbooru.sql'), extensions: ['fuzzystrmatch', 'pg_trgm', 'pgcrypto', 'pgstattuple'] },
  { name: 'transitland', path: resolve('test/fixtures/dumps/transitland.sql'), extensions: ['hstore', 'postgis'] },
  { name: 'postgis schema', path: resolve('test/fixtures/extensions/postgis.sql'), extensions: ['postgis'] },
  { name: 'pg_partman schema', path: resolve('test/fixtures/extensions/partman.sql'), extensions: ['pg_partman'] },
];

export function realDumps(): RealDump[] {
  return DUMPS.filter((d) => {
    if (existsSync(d.path)) return true;
    console.log(`real dumps: ${d.path} is absent, skipped`);
    return false;
  });
}
