/**
 * A failed revision as a diagnostic: the revision, file:line of the statement, PostgreSQL's
 * error, what had been committed before it and how to resume.
 */
import type { Diagnostic } from '../source/diagnostic.js';
import { lineCol } from '../source/file.js';
import type { RunFailure } from './runner.js';
import type { Statement } from '../parse/parse.js';

function lineOf(s: Statement): number {
  return lineCol(s.file, s.span.start).line;
}

function lines(stmts: Statement[]): string {
  const ls = stmts.map(lineOf);
  return ls.length <= 6 ? ls.join(', ') : `${ls.slice(0, 5).join(', ')} … ${ls[ls.length - 1]}`;
}

export function failureDiagnostic(f: RunFailure, opts: { versionTable: string; command: 'upgrade' | 'downgrade' }): Diagnostic {
  const e = f.error;
  const related: NonNullable<Diagnostic['related']> = [];
  if (e.detail) related.push({ message: `detail: ${e.detail}` });
  if (e.hint) related.push({ message: `hint: ${e.hint}` });
  const before = f.direction === 'up' ? 'the revision before it' : 'it (still applied)';
  let help: string;
  if (f.committed.length === 0) {
    help = `${f.inTransaction ? 'The revision was rolled back' : 'Nothing of the revision was applied'}; ${opts.versionTable} is at ${before}. Fix the cause and run \`pgshift ${opts.command}\` again.`;
  } else {
    help =
      `Part of the revision ran outside a transaction and stays applied: the statements at line(s) ${lines(f.committed)} of ${f.file.path}` +
      `${f.inTransaction ? '; the transaction of the failing statement was rolled back' : ''}. ${opts.versionTable} does not record the revision as ${f.direction === 'up' ? 'applied' : 'reverted'}. ` +
      `To resume: fix the cause and run \`pgshift ${opts.command}\` again if those statements can run twice (IF NOT EXISTS / IF EXISTS), ` +
      `or finish the remaining statements by hand and record the result with \`pgshift stamp ${f.direction === 'up' ? f.revision.id : f.revision.parents[0] ?? 'base'}\`.`;
  }
  const d: Diagnostic = {
    code: 'migration-failed',
    severity: 'error',
    message: `revision ${f.revision.id} (${f.direction}) failed: ${e.message}${/^[0-9A-Z]{5}$/.test(e.code) ? ` (SQLSTATE ${e.code})` : ''}`,
    file: f.file.path,
    span: { start: f.offset, end: f.offset + 1 },
    help,
  };
  if (related.length) d.related = related;
  return d;
}
