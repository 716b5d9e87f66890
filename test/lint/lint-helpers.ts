/** Test helpers: lint SQL text where lines above `-- migration` form the chain (the catalogue before). */
import type { Diagnostic } from '../../lib/source/diagnostic.js';
import type { SourceFile } from '../../lib/source/file.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { lint, replayForLint, type LintOptions } from '../../lib/lint/engine.js';

export const MARKER = /^-- migration\s*$/m;

export interface Linted {
  diagnostics: Diagnostic[];
  file: SourceFile;
}

export async function lintSql(sql: string, opts: LintOptions & { wrapped?: boolean } = {}): Promise<Linted> {
  await initParser();
  const m = MARKER.exec(sql);
  const setup = m ? sql.slice(0, m.index) : '';
  const body = m ? sql.slice(m.index + m[0].length) : sql;
  const ctx = replayForLint([parseFile({ path: 'chain.sql', text: setup })]);
  const file = { path: 'migration.sql', text: body };
  const diagnostics = lint([{ parsed: parseFile(file), wrapped: opts.wrapped }], { catalog: ctx.catalog, partitioned: ctx.partitioned, ...opts });
  return { diagnostics, file };
}

export function codes(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => d.code);
}

export function only(ds: readonly Diagnostic[], code: string): Diagnostic[] {
  return ds.filter((d) => d.code === code);
}
