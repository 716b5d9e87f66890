/** emit: planned changes → SQL statements, each annotated with its hazards, laid out for review. */
import type { Change, Hazard } from '../diff/change.js';
import type { PlannedChange } from '../plan/plan.js';
import { renderChange } from './render.js';
import { layout } from './format.js';

export interface EmittedStatement {
  sql: string;
  change: Change;
  hazards: Hazard[];
  /** Comment lines (without `-- `) placed above the statement. */
  notes: string[];
}

export function emit(planned: PlannedChange[]): EmittedStatement[] {
  const out: EmittedStatement[] = [];
  for (const p of planned) {
    const sqls = renderChange(p.change);
    sqls.forEach((sql, i) => {
      out.push({ sql: layout(sql), change: p.change, hazards: i === 0 ? p.hazards : [], notes: i === 0 ? p.hazards.map((h) => `hazard ${h.kind}: ${h.message}`) : [] });
    });
  }
  return out;
}

/** Statements as a script body: notes as comments, one blank line between statements. */
export function statementsToSql(stmts: EmittedStatement[], opts: { annotate?: boolean } = {}): string {
  const annotate = opts.annotate ?? true;
  return stmts
    .map((s) => {
      const notes = annotate ? s.notes.map((n) => `-- ${n}\n`).join('') : '';
      return `${notes}${s.sql};\n`;
    })
    .join('\n');
}
