/**
 * Runs one revision (up or down) on a live database, as the chain's format and markers say:
 * - statements of a transaction group run inside BEGIN … COMMIT, one statement at a time so a
 *   failure names its statement; the version-table row is written in the revision's last
 *   transaction, so the table moves only when the revision's work is committed;
 * - non-transactional statements (CREATE INDEX CONCURRENTLY, `-- pgshift:no-transaction`) run
 *   on their own; when the revision ends with one, the row is written after it;
 * - BEGIN/COMMIT written in the file itself are skipped: the runner owns transactions;
 * - before a statement that destroys data in a downgrade, its rows are backed up (backup.ts).
 * A failure rolls back the open transaction and says what had been committed before it.
 */
import type { ParsedFile, Statement } from '../parse/parse.js';
import type { Revision } from '../chain/revision.js';
import { segments, type Segment } from '../chain/segments.js';
import { upChecksum } from '../chain/sum.js';
import { spanText, type SourceFile } from '../source/file.js';
import { forgetRevisionSql, recordRevisionSql, type VersionTable } from '../emit/version-table.js';
import { DbError, type DbClient } from '../db/client.js';
import { backupBefore, type Backup } from './backup.js';
import { prepareConcurrentIndex } from './concurrent-index.js';

export type Direction = 'up' | 'down';

export interface RunContext {
  db: DbClient;
  versionTable: VersionTable;
  /** Back up rows before destructive statements (downgrades). */
  backup: boolean;
  /** Runs after a revision that changed session settings (SET …), to restore the session's own. */
  restoreSession?: () => Promise<void>;
  /** Repairs of leftovers of an interrupted run (an INVALID index), one line each. */
  log?: (line: string) => void;
}

export interface RunSuccess {
  ok: true;
  durationMs: number;
  backups: Backup[];
  /** Statements of the file that the runner skipped (BEGIN/COMMIT written by hand). */
  skipped: Statement[];
}

export interface RunFailure {
  ok: false;
  revision: Revision;
  direction: Direction;
  file: SourceFile;
  /** Offset in the file of the error (the server's position, or the statement's start). */
  offset: number;
  statement: Statement;
  error: DbError;
  /** Statements committed before the failure (non-transactional ones and earlier transaction groups). */
  committed: Statement[];
  /** Whether the failing statement ran outside a transaction. */
  inTransaction: boolean;
  /** Whether the version table records the revision as applied despite the failure (never, by construction). */
  recorded: false;
}

export type RunResult = RunSuccess | RunFailure;

const TRANSACTION_CONTROL = /^(BEGIN|START|COMMIT|END|ROLLBACK|ABORT)\b/i;

function isTransactionControl(s: Statement): boolean {
  if (s.type !== 'TransactionStmt') return false;
  return TRANSACTION_CONTROL.test(spanText(s.file, s.span).trim());
}

/** The revision's statement groups, with hand-written BEGIN/COMMIT removed. */
export function runUnits(rev: Revision, parsed: ParsedFile): { units: Segment[]; skipped: Statement[] } {
  const skipped = parsed.statements.filter(isTransactionControl);
  const kept: ParsedFile = { ...parsed, statements: parsed.statements.filter((s) => !isTransactionControl(s)) };
  return { units: segments(kept, { wholeFileNoTransaction: rev.noTransaction }), skipped };
}

export async function runRevision(ctx: RunContext, rev: Revision, direction: Direction, parsed: ParsedFile): Promise<RunResult> {
  const started = Date.now();
  const { db, versionTable } = ctx;
  const { units, skipped } = runUnits(rev, parsed);
  const lastTx = units.length && units[units.length - 1]!.transactional ? units.length - 1 : -1;
  const rowSql = () =>
    direction === 'up'
      ? recordRevisionSql(versionTable, { id: rev.id, parent: rev.parents[0], checksum: upChecksum(rev.up.text), durationMs: Date.now() - started })
      : forgetRevisionSql(versionTable, rev.id);
  const committed: Statement[] = [];
  const backups: Backup[] = [];
  let changesSession = false;

  const fail = (statement: Statement, e: unknown, inTransaction: boolean): RunFailure => {
    if (!(e instanceof DbError)) throw e;
    const offset = statement.span.start + (e.offset ?? 0);
    return { ok: false, revision: rev, direction, file: parsed.file, offset, statement, error: e, committed: [...committed], inTransaction, recorded: false };
  };

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.transactional) await db.exec('BEGIN');
    for (const stmt of unit.statements) {
      try {
        if (ctx.backup) backups.push(...(await backupBefore(db, stmt, rev.id)));
        if (stmt.type === 'VariableSetStmt') changesSession = true;
        const text = spanText(stmt.file, stmt.span);
        const prep = unit.transactional ? { action: 'run' as const } : await prepareConcurrentIndex(db, stmt, text);
        if (prep.action !== 'run') ctx.log?.(`revision ${rev.id}: ${prep.message}`);
        if (prep.action !== 'skip') await db.exec(text);
      } catch (e) {
        if (unit.transactional) await db.exec('ROLLBACK').catch(() => undefined);
        // the connection may be gone (terminated backend): the failure is what matters
        if (changesSession) await ctx.restoreSession?.().catch(() => undefined);
        return fail(stmt, e, unit.transactional);
      }
    }
    if (unit.transactional) {
      try {
        if (i === lastTx) await db.exec(rowSql());
        await db.exec('COMMIT');
      } catch (e) {
        await db.exec('ROLLBACK').catch(() => undefined);
        if (changesSession) await ctx.restoreSession?.().catch(() => undefined);
        return fail(unit.statements[unit.statements.length - 1]!, e, true);
      }
    }
    committed.push(...unit.statements);
  }
  if (lastTx < 0) {
    // no statements, or the revision ends outside a transaction: the row gets its own
    await db.exec(`BEGIN; ${rowSql()}; COMMIT`);
  }
  if (changesSession) await ctx.restoreSession?.();
  return { ok: true, durationMs: Date.now() - started, backups, skipped };
}
