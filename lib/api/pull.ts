/**
 * `pull`: writes schema/ from a live database (introspection → canonical DDL), so a team with
 * an existing database can start declaratively; `stamp head` then marks the database as at the
 * chain head. Files are grouped one per schema (default) or one per object kind, written to a
 * temporary folder and renamed into place; an existing schema/ with SQL files is left alone
 * unless `force`.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../source/diagnostic.js';
import { introspectCatalog, type DdlStatement } from '../db/introspect.js';
import { ddlText } from '../db/introspect-ddl.js';
import type { ProjectSettings } from '../config/project.js';
import { OnlineFailure } from '../online/session.js';
import { type OnlineResult, type RunOptions, withSession } from '../online/migrate.js';

export type PullLayout = 'schema' | 'kind';

export interface PullOptions extends RunOptions {
  /** Folder to write (default: the project's schema/). */
  schemaDir?: string;
  layout?: PullLayout;
  /** Replace a schema folder that already holds SQL files. */
  force?: boolean;
}

export interface PullResult extends OnlineResult {
  /** Files written, relative to the schema folder, with their statement counts. */
  files: { path: string; statements: number }[];
  schemaDir: string;
}

const KIND_FILE: Record<DdlStatement['kind'], string> = {
  schema: '00_schemas.sql', extension: '01_extensions.sql', type: '02_types.sql', function: '03_functions.sql',
  sequence: '04_sequences.sql', table: '05_tables.sql', constraint: '06_constraints.sql', view: '07_views.sql',
  index: '08_indexes.sql', trigger: '09_triggers.sql', rule: '09_rules.sql', policy: '10_policies.sql', comment: '11_comments.sql',
  privilege: '12_privileges.sql', default_privileges: '13_default_privileges.sql',
};

/**
 * Statements grouped into files: `<schema>.sql` (extensions in `extensions.sql`), or one file per kind.
 * Database-wide default privileges apply to the objects written after them (files are read in path
 * order): in the schema layout they end the file that sorts last.
 */
export function pullFiles(stmts: DdlStatement[], layout: PullLayout): Map<string, DdlStatement[]> {
  const files = new Map<string, DdlStatement[]>();
  const add = (file: string, s: DdlStatement) => {
    const list = files.get(file);
    if (list) list.push(s);
    else files.set(file, [s]);
  };
  const databaseWide = (s: DdlStatement) => layout === 'schema' && s.kind === 'default_privileges' && s.schema === '';
  for (const s of stmts) {
    if (databaseWide(s)) continue;
    add(layout === 'kind' ? KIND_FILE[s.kind] : s.kind === 'extension' ? 'extensions.sql' : `${s.schema.replace(/[^A-Za-z0-9_.-]/g, '_')}.sql`, s);
  }
  const last = [...files.keys()].sort().pop() ?? 'public.sql';
  for (const s of stmts) if (databaseWide(s)) add(last, s);
  return files;
}

export async function pull(p: ProjectSettings, opts: PullOptions = {}): Promise<PullResult> {
  const schemaDir = opts.schemaDir ?? p.schemaDir;
  const files: PullResult['files'] = [];
  const warnings: Diagnostic[] = [];
  if (!opts.force && existsSync(schemaDir) && readdirSync(schemaDir).some((f) => f.endsWith('.sql'))) {
    return {
      diagnostics: [{ code: 'schema-exists', severity: 'error', message: `${schemaDir} already holds SQL files; pull writes a new schema folder`, help: 'Pass --force to replace its contents, or --schema to write elsewhere.' }],
      failure: 'input', steps: [], files, schemaDir,
    };
  }
  const r = await withSession(p, { ...opts, lock: false, createVersionTable: false, chainDir: opts.chainDir }, async (s) => {
    const live = await introspectCatalog(s.db, { defaultSchema: p.defaultSchema, versionTable: p.versionTable, label: 'pulled schema' });
    warnings.push(...live.diagnostics.filter((d) => d.severity !== 'info'));
    const grouped = pullFiles(live.statements, opts.layout ?? 'schema');
    const header = `-- pulled by pgshift from ${s.target.display}\n\n`;
    const tmp = join(dirname(schemaDir), `.${basename(schemaDir)}.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    try {
      for (const [name, stmts] of [...grouped].sort(([a], [b]) => a.localeCompare(b))) {
        writeFileSync(join(tmp, name), header + ddlText(stmts));
        files.push({ path: name, statements: stmts.length });
      }
      if (existsSync(schemaDir)) {
        for (const f of readdirSync(schemaDir)) if (f.endsWith('.sql')) rmSync(join(schemaDir, f));
        for (const f of readdirSync(tmp)) renameSync(join(tmp, f), join(schemaDir, f));
        rmSync(tmp, { recursive: true, force: true });
      } else {
        renameSync(tmp, schemaDir);
      }
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw new OnlineFailure('input', [{ code: 'write-error', severity: 'error', message: `cannot write ${schemaDir}: ${(e as Error).message}` }]);
    }
  });
  return { ...r, diagnostics: [...warnings, ...r.diagnostics], files, schemaDir };
}
