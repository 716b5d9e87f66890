/** emit: planned changes → SQL statements, each annotated with its hazards, laid out for review. */
import type { Change, Hazard } from '../diff/change.js';
import type { PlannedChange } from '../plan/plan.js';
import { renderChange } from './render.js';
import { layout } from './format.js';
import { COMMIT_MARKER, NO_TRANSACTION_MARKER } from './migration.js';

export interface EmittedStatement {
  sql: string;
  change: Change;
  hazards: Hazard[];
  /** Comment lines (without `-- `) placed above the statement. */
  notes: string[];
  /** The statements before this one must be committed first (e.g. a new enum value before its use). */
  commitBefore?: boolean;
  /** Runs outside any transaction (CREATE INDEX CONCURRENTLY). */
  noTransaction?: boolean;
}

export function emit(planned: PlannedChange[]): EmittedStatement[] {
  const out: EmittedStatement[] = [];
  for (const p of planned) {
    const sqls = renderChange(p.change);
    sqls.forEach((sql, i) => {
      out.push({ sql: layout(sql), change: p.change, hazards: i === 0 ? p.hazards : [], notes: i === 0 ? p.hazards.map((h) => `hazard ${h.kind}: ${h.message}`) : [] });
    });
  }
  markEnumCommits(out);
  return out;
}

/** PostgreSQL cannot use an enum value added in the same transaction: commit after the last ADD VALUE. */
function markEnumCommits(stmts: EmittedStatement[]): void {
  let last = -1;
  stmts.forEach((s, i) => { if (s.change.kind === 'add_enum_value') last = i; });
  if (last >= 0 && last + 1 < stmts.length) stmts[last + 1]!.commitBefore = true;
}

/** Statements as a script body: notes as comments, one blank line between statements. */
export function statementsToSql(stmts: EmittedStatement[], opts: { annotate?: boolean } = {}): string {
  const annotate = opts.annotate ?? true;
  return stmts
    .map((s) => {
      const notes = annotate ? s.notes.map((n) => `-- ${n}\n`).join('') : '';
      const markers = (s.commitBefore ? `${COMMIT_MARKER}\n` : '') + (s.noTransaction ? `${NO_TRANSACTION_MARKER}\n` : '');
      return `${markers}${notes}${s.sql};\n`;
    })
    .join('\n');
}
