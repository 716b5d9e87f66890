/**
 * Transaction and migration state the linter tracks while walking statements:
 * explicit BEGIN/COMMIT, runner-wrapped revisions, timeouts set, ACCESS EXCLUSIVE locks held,
 * and the tables created in the current migration (reset at each COMMIT of a multi-revision script).
 */
import type { AlterTableStmt, Constraint, Node, VariableSetStmt } from '@pgsql/types';
import type { Span } from '../source/diagnostic.js';
import type { Statement } from '../parse/parse.js';
import type { LockInfo, RelationRef } from '../plan/locks.js';
import { nullTestColumn, trackBackfill } from './backfill.js';

export interface TxState {
  /** The statement runs inside a transaction block (explicit BEGIN, runner wrapping or --assume-in-transaction). */
  inTransaction: boolean;
  /**
   * A tool opens the transaction around this file: a pgshift revision without `-- pgshift:no-transaction`,
   * or `--assume-in-transaction` / `assumeInTransaction` (unless `-- squawk-disable-assume-in-transaction`).
   */
  wrapped: boolean;
  /** Where the open explicit BEGIN is, if any. */
  explicitBegin?: Span;
  /** Catalogue keys of tables created in the current migration (they are new and empty). */
  createdInMigration: Set<string>;
  /** A non-zero `lock_timeout` is in force for the next statement (derived from `timeouts`). */
  lockTimeout: boolean;
  statementTimeout: boolean;
  /** How each timeout was set: session, session within the open transaction, SET LOCAL. */
  timeouts: Record<TimeoutName, TimeoutSetting>;
  /** An ACCESS EXCLUSIVE lock on an existing table taken earlier in the current transaction. */
  accessExclusive?: { table: string; span: Span };
  /** `table.constraint` keys added NOT VALID earlier in the current transaction. */
  notValidInTx: Set<string>;
  /** Rules that report once per migration record it here (rule id). */
  reportedInMigration: Set<string>;
  /** Per-rule stores: `scratch` is cleared at the end of each migration, `fileScratch` lives for the file. */
  scratch: Map<string, unknown>;
  fileScratch: Map<string, unknown>;
  /** Tables known to be partitioned (persists across migrations). */
  partitioned: Set<string>;
  /** Counts transaction boundaries (BEGIN, COMMIT/ROLLBACK, `-- pgshift:commit`, statements run outside): equal values mean the same transaction. */
  txSerial: number;
  /**
   * `table.column` (table as written, unqualified) with a validated `CHECK (column IS NOT NULL)` added earlier
   * in this file: SET NOT NULL then skips its scan (PostgreSQL 12+), even when the catalogue does not know the table.
   */
  notNullProofs: Set<string>;
  /** Such checks added NOT VALID, by `table.constraint`, waiting for VALIDATE CONSTRAINT. */
  pendingNotNullChecks: Map<string, string>;
  /** Tables (as written, unqualified) the current transaction holds a lock on that blocks writes. */
  writeLocked: Set<string>;
  /** `table.column` filled on every row while so locked, in the current transaction (lib/lint/backfill.ts). */
  backfilled: Set<string>;
}

export type TimeoutName = 'lock_timeout' | 'statement_timeout';

/**
 * A timeout as PostgreSQL scopes it (checked on PostgreSQL 15): `SET` outside a transaction sets the
 * session value; `SET` inside one takes effect at once and lasts past COMMIT (a ROLLBACK undoes it);
 * `SET LOCAL` inside one lasts until that transaction ends, then the session value is back; `SET LOCAL`
 * outside a transaction block only warns and changes nothing; a `SET` after a `SET LOCAL` in the same
 * transaction replaces it. RESET is a SET to the default (off).
 */
export interface TimeoutSetting {
  /** The committed session value: non-zero or not. */
  session: boolean;
  /** Set with SET (or RESET) in the open transaction: becomes the session value at COMMIT. */
  inTx?: boolean;
  /** Set with SET LOCAL in the open transaction: gone when it ends. */
  local?: boolean;
}

function effective(t: TimeoutSetting): boolean {
  return t.local ?? t.inTx ?? t.session;
}

function syncTimeouts(s: TxState): void {
  s.lockTimeout = effective(s.timeouts.lock_timeout);
  s.statementTimeout = effective(s.timeouts.statement_timeout);
}

/** The transaction ends: SET LOCAL values go; SET values made in it stay on COMMIT and go on ROLLBACK. */
function endTimeouts(s: TxState, committed: boolean): void {
  for (const t of Object.values(s.timeouts)) {
    if (committed && t.inTx !== undefined) t.session = t.inTx;
    t.inTx = t.local = undefined;
  }
  syncTimeouts(s);
}

export function initialState(opts: { wrapped: boolean; partitioned: Set<string> }): TxState {
  return {
    inTransaction: opts.wrapped,
    wrapped: opts.wrapped,
    createdInMigration: new Set(),
    lockTimeout: false,
    statementTimeout: false,
    timeouts: { lock_timeout: { session: false }, statement_timeout: { session: false } },
    notValidInTx: new Set(),
    reportedInMigration: new Set(),
    scratch: new Map(),
    fileScratch: new Map(),
    partitioned: opts.partitioned,
    txSerial: 0,
    notNullProofs: new Set(),
    pendingNotNullChecks: new Map(),
    writeLocked: new Set(),
    backfilled: new Set(),
  };
}

/** Whether a file opts out of the runner's transaction. */
export function hasNoTransactionMarker(comments: readonly { text: string }[]): boolean {
  return comments.some((c) => /^--\s*pgshift:no-transaction\b/.test(c.text));
}

/**
 * squawk's file comments `-- squawk-enable-assume-in-transaction` / `-- squawk-disable-assume-in-transaction`:
 * true or false when the file has one (the last one wins), undefined otherwise.
 */
export function assumeInTransactionOverride(comments: readonly { text: string }[]): boolean | undefined {
  let out: boolean | undefined;
  for (const c of comments) {
    const m = /^--\s*squawk-(enable|disable)-assume-in-transaction\s*$/.exec(c.text.trimEnd());
    if (m) out = m[1] === 'enable';
  }
  return out;
}

/**
 * A transaction boundary inside one revision (`-- pgshift:commit`, or a statement run outside any
 * transaction): locks and NOT VALID bookkeeping end, tables created earlier stay new.
 */
export function segmentBoundary(s: TxState): void {
  s.txSerial++;
  s.accessExclusive = undefined;
  s.notValidInTx.clear();
  releaseLocks(s);
  endTimeouts(s, true);
}

/** The transaction's locks go, and with them the backfills they protected. */
function releaseLocks(s: TxState): void {
  s.writeLocked.clear();
  s.backfilled.clear();
}

function endTransaction(s: TxState, committed: boolean): void {
  s.txSerial++;
  s.inTransaction = false;
  s.explicitBegin = undefined;
  s.accessExclusive = undefined;
  s.notValidInTx.clear();
  releaseLocks(s);
  endTimeouts(s, committed);
  // A COMMIT ends one revision of a multi-revision script: what it created now exists.
  s.createdInMigration.clear();
  s.reportedInMigration.clear();
  s.scratch.clear();
}

/** The column of a `CHECK (col IS NOT NULL)` constraint, if that is what it is. */
function notNullCheckColumn(c: Constraint): string | undefined {
  return c.contype === 'CONSTR_CHECK' ? nullTestColumn(c.raw_expr as Node | undefined, 'IS_NOT_NULL') : undefined;
}

function trackNotNullChecks(s: TxState, stmt: AlterTableStmt): void {
  const table = stmt.relation?.relname ?? '';
  for (const c of stmt.cmds ?? []) {
    const cmd = 'AlterTableCmd' in c ? c.AlterTableCmd : undefined;
    const def = cmd?.def;
    if (cmd?.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
      const col = notNullCheckColumn(def.Constraint);
      if (!col) continue;
      if (!def.Constraint.skip_validation) s.notNullProofs.add(`${table}.${col}`);
      else if (def.Constraint.conname) s.pendingNotNullChecks.set(`${table}.${def.Constraint.conname}`, col);
    } else if (cmd?.subtype === 'AT_ValidateConstraint' && cmd.name) {
      const col = s.pendingNotNullChecks.get(`${table}.${cmd.name}`);
      if (col) s.notNullProofs.add(`${table}.${col}`);
    }
  }
}

function timeoutValue(v: VariableSetStmt): boolean {
  if (v.kind !== 'VAR_SET_VALUE') return false;
  const a = v.args?.[0];
  if (!a || !('A_Const' in a)) return true;
  const c = a.A_Const;
  if (c.ival !== undefined) return (c.ival.ival ?? 0) !== 0;
  const s = c.sval?.sval ?? c.fval?.fval ?? '';
  return !/^\s*0\s*(ms|s|min)?\s*$/i.test(s);
}

/** Update the state after `stmt` ran. `keys.created` is the key of a table the statement creates. */
export function observe(s: TxState, stmt: Statement, lock: () => LockInfo, keys: { created?: string; isExisting: (r: RelationRef) => boolean }): void {
  const node: Node = stmt.node;
  if ('TransactionStmt' in node) {
    const kind = node.TransactionStmt.kind;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
      if (!s.inTransaction) s.txSerial++;
      s.inTransaction = true;
      s.explicitBegin = stmt.span;
    } else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_PREPARE') {
      endTransaction(s, true);
    } else if (kind === 'TRANS_STMT_ROLLBACK') {
      endTransaction(s, false);
    }
    return;
  }
  if ('VariableSetStmt' in node) {
    const v = node.VariableSetStmt;
    const on = timeoutValue(v);
    const all = v.kind === 'VAR_RESET_ALL';
    for (const name of ['lock_timeout', 'statement_timeout'] as const) {
      if (v.name !== name && !all) continue;
      const t = s.timeouts[name];
      if (v.is_local) {
        // outside a transaction block PostgreSQL ignores SET LOCAL (a WARNING, no effect)
        if (s.inTransaction) t.local = on;
      } else if (s.inTransaction) {
        t.inTx = on;
        t.local = undefined;
      } else t.session = on;
    }
    syncTimeouts(s);
    return;
  }
  if (keys.created) s.createdInMigration.add(keys.created);
  if ('AlterTableStmt' in node) trackNotNullChecks(s, node.AlterTableStmt);
  if ('CreateStmt' in node && node.CreateStmt.partspec && keys.created) s.partitioned.add(keys.created);
  if (s.inTransaction) {
    trackBackfill(s, node, lock);
    if ('AlterTableStmt' in node && keys.created === undefined) {
      for (const c of node.AlterTableStmt.cmds ?? []) {
        const cmd = 'AlterTableCmd' in c ? c.AlterTableCmd : undefined;
        const def = cmd?.def;
        if (cmd?.subtype === 'AT_AddConstraint' && def && 'Constraint' in def && def.Constraint.skip_validation && def.Constraint.conname) {
          s.notValidInTx.add(`${node.AlterTableStmt.relation?.relname ?? ''}.${def.Constraint.conname}`);
        }
      }
    }
    if (!s.accessExclusive) {
      const l = lock();
      const held = l.relations.find((r) => r.level === 'AccessExclusive' && keys.isExisting(r.relation));
      if (held) s.accessExclusive = { table: held.relation.name, span: stmt.span };
    }
  }
}
