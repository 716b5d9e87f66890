/** emit: planned changes → SQL statements, each annotated with its lock and hazards, laid out for review. */
import type { Change, Hazard } from '../diff/change.js';
import type { PlannedChange } from '../plan/planned.js';
import { renderChange } from './render.js';
import { layout } from './format.js';
import { COMMIT_MARKER, OUTSIDE_TRANSACTION_MARKER } from './migration.js';
import { lockNotes, type LockNoteOptions } from './lock-notes.js';
import { literal } from '../source/quote.js';
import { isCommentOnly } from './comment-only.js';
import type { PlacedTree } from '../parse/assemble.js';

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
  /** Lint rules suppressed on this statement, with the reason (inherent hazards of the change). */
  suppress?: { rules: string[]; reason: string };
  /** The parse tree of `sql`, from the lock-note parse: the self-lint places it instead of parsing again. */
  tree?: PlacedTree;
}

export interface EmitOptions extends LockNoteOptions {
  /** Add `lock: …` notes (parses the emitted SQL once). */
  locks?: boolean;
}

export function emit(planned: PlannedChange[], opts: EmitOptions = {}): EmittedStatement[] {
  const out: EmittedStatement[] = [];
  for (const p of planned) {
    renderChange(p.change).forEach((sql, i) => {
      const first = i === 0;
      out.push({
        sql: isCommentOnly(sql) ? sql : layout(sql),
        change: p.change,
        hazards: first ? p.hazards : [],
        notes: first ? [...p.hazards.map((h) => `hazard ${h.kind}: ${h.message}`), ...(p.notes ?? [])] : [],
        commitBefore: first && p.commitBefore ? true : undefined,
        noTransaction: p.noTransaction || undefined,
      });
    });
  }
  if (opts.locks) {
    const run = out.filter((s) => !isCommentOnly(s.sql));
    const { notes, trees } = lockNotes(run.map((s) => s.sql), opts);
    notes.forEach((n, i) => {
      if (n) run[i]!.notes.unshift(n);
      if (trees) run[i]!.tree = trees[i];
    });
  }
  return out;
}

export interface ScriptOptions {
  /** Notes as comments above statements (default true). */
  annotate?: boolean;
  /** `SET lock_timeout` / `SET statement_timeout` at the start of each transaction group. */
  timeouts?: { lockTimeout?: string; statementTimeout?: string };
}

function preamble(t: ScriptOptions['timeouts']): string {
  if (!t) return '';
  let s = '';
  if (t.lockTimeout) s += `SET lock_timeout = ${literal(t.lockTimeout)};\n`;
  if (t.statementTimeout) s += `SET statement_timeout = ${literal(t.statementTimeout)};\n`;
  return s ? `${s}\n` : '';
}

/** Statements as a script body: markers and notes as comments, one blank line between statements. */
export function statementsToSql(stmts: EmittedStatement[], opts: ScriptOptions = {}): string {
  return renderScript(stmts, opts).text;
}

/** The script body and, per statement, the span of its SQL in the text. */
export function renderScript(stmts: EmittedStatement[], opts: ScriptOptions = {}): { text: string; spans: { start: number; end: number }[] } {
  const annotate = opts.annotate ?? true;
  let groupOpen = false;
  const parts = stmts
    .map((s) => {
      // a name with a line break (quoted identifiers may hold one) must not end the comment early
      const notes = annotate ? s.notes.map((n) => n.split(/\r\n|\r|\n/).map((l) => `-- ${l}\n`).join('')).join('') : '';
      let head = '';
      if (s.commitBefore) {
        head += `${COMMIT_MARKER}\n`;
        groupOpen = false;
      }
      if (s.noTransaction) {
        head += `${OUTSIDE_TRANSACTION_MARKER}\n`;
        groupOpen = false;
      } else if (!groupOpen) {
        head += preamble(opts.timeouts);
        groupOpen = true;
      }
      const suppress = s.suppress?.rules.length ? `-- pgshift-ignore: ${s.suppress.rules.join(', ')} -- ${s.suppress.reason}\n` : '';
      return { prefix: `${head}${notes}${suppress}`, sql: isCommentOnly(s.sql) ? s.sql : `${s.sql};` };
    });
  let text = '';
  const spans: { start: number; end: number }[] = [];
  parts.forEach((p, i) => {
    if (i > 0) text += '\n';
    text += p.prefix;
    spans.push({ start: text.length, end: text.length + p.sql.length });
    text += `${p.sql}\n`;
  });
  return { text, spans };
}
