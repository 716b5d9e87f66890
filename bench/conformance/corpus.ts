/**
 * The diff corpus: `<dir>/<suite>/<case>/{from.sql,to.sql,setup.sql?,meta.json}` plus
 * `<dir>/<suite>/_suite_setup.sql` (cluster-wide roles) and `<dir>/<suite>/_suite.json`.
 * See ../shared/corpus/README.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface CaseMeta {
  options?: Record<string, unknown>;
  notes?: string[];
  load_check?: Record<string, unknown>;
}

export interface CorpusCase {
  suite: string;
  name: string;
  dir: string;
  from: string;
  to: string;
  /** The case's setup.sql (run before from.sql and to.sql), '' when none. */
  setup: string;
  /** The suite's `_suite_setup.sql` (roles), '' when none. */
  suiteSetup: string;
  /** The role the suite's harness connects as (`_suite.json` connect_user), if any. */
  connectUser?: string;
  meta: CaseMeta;
}

function readOptional(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Suites (sub-folders) of the corpus directory, sorted. */
export function listSuites(dir: string): string[] {
  return readdirSync(dir)
    .filter((s) => !s.startsWith('.') && !s.startsWith('_') && statSync(join(dir, s)).isDirectory())
    .sort();
}

/** Every case of one suite, sorted by name. */
export function listCases(dir: string, suite: string): CorpusCase[] {
  const sdir = join(dir, suite);
  const suiteSetup = readOptional(join(sdir, '_suite_setup.sql'));
  const suiteJson = readOptional(join(sdir, '_suite.json'));
  const connectUser = suiteJson ? ((JSON.parse(suiteJson) as { connect_user?: string }).connect_user ?? undefined) : undefined;
  const out: CorpusCase[] = [];
  for (const name of readdirSync(sdir).sort()) {
    const cdir = join(sdir, name);
    if (name.startsWith('_') || !statSync(cdir).isDirectory()) continue;
    if (!existsSync(join(cdir, 'from.sql')) || !existsSync(join(cdir, 'to.sql'))) continue;
    const metaText = readOptional(join(cdir, 'meta.json'));
    out.push({
      suite,
      name,
      dir: cdir,
      from: readFileSync(join(cdir, 'from.sql'), 'utf8'),
      to: readFileSync(join(cdir, 'to.sql'), 'utf8'),
      setup: readOptional(join(cdir, 'setup.sql')),
      suiteSetup,
      ...(connectUser ? { connectUser } : {}),
      meta: metaText ? (JSON.parse(metaText) as CaseMeta) : {},
    });
  }
  return out;
}
