/**
 * Seed texts for the fuzzer: the bundled example (schema files and chain revisions), the golden
 * diff cases of the test suite, and — when ../shared/corpus is present — its small schema dumps
 * and its diff cases (read in place, never copied into the project).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUNDLED_OUT, BUNDLED_SCHEMA } from './drive.js';

export interface Seed {
  /** Where it came from, for reports. */
  origin: string;
  /** The bundled schema file it is, when it is one (generate replaces that file). */
  schemaFile?: string;
  /** The index of the bundled chain revision it is, when it is one (dump --chain replaces it). */
  revision?: number;
  text: string;
}

export interface Seeds {
  schema: Seed[];
  chain: Seed[];
  other: Seed[];
  /** Whether ../shared/corpus was found. */
  corpus: boolean;
}

const GOLDEN = new URL('../../../../test/diff/', import.meta.url).pathname;
const CORPUS = new URL('../../../../../shared/corpus/', import.meta.url).pathname;

function sqlFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((f) => join(dir, f));
}

export function loadSeeds(opts: { corpusDiffCases?: number } = {}): Seeds {
  const schema = sqlFiles(BUNDLED_SCHEMA).map((p) => ({ origin: `schema/${basename(p)}`, schemaFile: basename(p), text: readFileSync(p, 'utf8') }));
  const revs = readdirSync(BUNDLED_OUT).filter((e) => /^\d/.test(e)).sort();
  const chain = revs.map((r, i) => ({ origin: `out/${r}/up.sql`, revision: i, text: readFileSync(join(BUNDLED_OUT, r, 'up.sql'), 'utf8') }));
  const other: Seed[] = [];
  if (existsSync(GOLDEN)) {
    for (const kind of readdirSync(GOLDEN).sort()) {
      const kd = join(GOLDEN, kind);
      if (!statSync(kd).isDirectory()) continue;
      for (const c of readdirSync(kd).sort()) {
        for (const f of ['from.sql', 'to.sql', 'up.sql']) {
          const p = join(kd, c, f);
          if (existsSync(p)) other.push({ origin: `test/diff/${kind}/${c}/${f}`, text: readFileSync(p, 'utf8') });
        }
      }
    }
  }
  const corpus = existsSync(CORPUS);
  if (corpus) {
    for (const s of ['chinook.sql', 'pagila.sql']) {
      const p = join(CORPUS, 'schemas', s);
      if (existsSync(p)) other.push({ origin: `corpus/schemas/${s}`, text: readFileSync(p, 'utf8') });
    }
    const limit = opts.corpusDiffCases ?? Infinity;
    for (const suite of existsSync(join(CORPUS, 'diff')) ? readdirSync(join(CORPUS, 'diff')).sort() : []) {
      const sd = join(CORPUS, 'diff', suite);
      let n = 0;
      for (const c of readdirSync(sd).sort()) {
        if (n >= limit) break;
        for (const f of ['from.sql', 'to.sql']) {
          const p = join(sd, c, f);
          if (existsSync(p)) other.push({ origin: `corpus/diff/${suite}/${c}/${f}`, text: readFileSync(p, 'utf8') });
        }
        n++;
      }
    }
  }
  return { schema, chain, other, corpus };
}
