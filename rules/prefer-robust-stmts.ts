import type { AlterTableCmd, Node } from '@pgsql/types';
import type { Finding, Rule, RuleContext } from '../lib/lint/types.js';
import { nameRe } from '../lib/lint/nodes.js';

/**
 * ALTER TABLE actions that fail when run a second time and have a guard (or none: ADD CONSTRAINT).
 * The other actions (SET/DROP DEFAULT, SET/DROP NOT NULL, ALTER TYPE, SET STATISTICS, ENABLE ROW LEVEL
 * SECURITY, VALIDATE CONSTRAINT, …) reach the same state when repeated, so a re-run does not fail on them.
 */
const NOT_REPEATABLE: Record<string, { guard?: string; what: string; re: (c: AlterTableCmd) => RegExp }> = {
  AT_AddColumn: { guard: 'IF NOT EXISTS', what: 'ADD COLUMN', re: (c) => new RegExp(`add\\s+(column\\s+)?${colName(c)}`, 'i') },
  AT_DropColumn: { guard: 'IF EXISTS', what: 'DROP COLUMN', re: (c) => new RegExp(`drop\\s+(column\\s+)?${nameRe(c.name ?? '')}`, 'i') },
  AT_DropConstraint: { guard: 'IF EXISTS', what: 'DROP CONSTRAINT', re: (c) => new RegExp(`drop\\s+constraint\\s+${nameRe(c.name ?? '')}`, 'i') },
  AT_AddConstraint: { what: 'ADD CONSTRAINT', re: () => /add\s+(constraint\b|check\b|unique\b|primary\b|foreign\b|exclude\b)/i },
  AT_AddIdentity: { what: 'ADD GENERATED … AS IDENTITY', re: () => /add\s+generated/i },
  AT_DropIdentity: { guard: 'IF EXISTS', what: 'DROP IDENTITY', re: () => /drop\s+identity/i },
  AT_AttachPartition: { what: 'ATTACH PARTITION', re: () => /attach\s+partition/i },
  AT_DetachPartition: { what: 'DETACH PARTITION', re: () => /detach\s+partition/i },
  AT_AddInherit: { what: 'INHERIT', re: () => /inherit/i },
  AT_DropInherit: { what: 'NO INHERIT', re: () => /no\s+inherit/i },
};

function colName(c: AlterTableCmd): string {
  const def = c.def && 'ColumnDef' in c.def ? c.def.ColumnDef : undefined;
  return nameRe(def?.colname ?? '');
}

/** Guarded when the command carries IF [NOT] EXISTS (`missing_ok` in the parse tree). */
function guarded(c: AlterTableCmd): boolean {
  return !!c.missing_ok;
}

const DROP_GUARDED_KINDS = new Set(['OBJECT_TABLE', 'OBJECT_INDEX', 'OBJECT_TYPE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_DOMAIN', 'OBJECT_SCHEMA', 'OBJECT_FOREIGN_TABLE', 'OBJECT_EXTENSION', 'OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_FUNCTION', 'OBJECT_PROCEDURE', 'OBJECT_COLLATION', 'OBJECT_STATISTIC_EXT']);

/** Findings of one statement (the once-per-file decision is taken at the end of the file). */
function findings(ctx: RuleContext, constraints: Map<string, 'dropped' | 'added'>): Finding[] {
  const n: Node = ctx.node;
  const inTx = ctx.tx.inTransaction;
  const out: Finding[] = [];
  const missing = (guard: string, what: string, span = ctx.find(/\S+/)) =>
    out.push({ message: `${what} without ${guard}: if the migration fails after this statement, running it again fails here.`, span, help: `Write \`${what.split(' ')[0]} … ${guard}\`, or run the migration inside a transaction.` });

  if ('CreateStmt' in n) {
    const s = n.CreateStmt;
    const tempOnCommitDrop = s.relation?.relpersistence === 't' && s.oncommit === 'ONCOMMIT_DROP';
    if (!inTx && !s.if_not_exists && !tempOnCommitDrop) missing('IF NOT EXISTS', 'CREATE TABLE', ctx.find(/create\s+(\w+\s+)*?table/i));
  } else if ('CreateTableAsStmt' in n) {
    const s = n.CreateTableAsStmt;
    if (!inTx && !s.if_not_exists) missing('IF NOT EXISTS', s.objtype === 'OBJECT_MATVIEW' ? 'CREATE MATERIALIZED VIEW' : 'CREATE TABLE AS', ctx.find(/create\s+(\w+\s+)*?(table|view)/i));
  } else if ('IndexStmt' in n) {
    const s = n.IndexStmt;
    // CONCURRENTLY never runs inside a transaction; an unnamed index cannot take IF NOT EXISTS (a re-run makes a second index)
    if (s.idxname && !s.if_not_exists && (s.concurrent || !inTx)) missing('IF NOT EXISTS', 'CREATE INDEX', ctx.find(/create\s+(unique\s+)?index/i));
  } else if ('CreateSeqStmt' in n || 'CreateSchemaStmt' in n || 'CreateExtensionStmt' in n) {
    const s = 'CreateSeqStmt' in n ? n.CreateSeqStmt : 'CreateSchemaStmt' in n ? n.CreateSchemaStmt : n.CreateExtensionStmt;
    const what = 'CreateSeqStmt' in n ? 'CREATE SEQUENCE' : 'CreateSchemaStmt' in n ? 'CREATE SCHEMA' : 'CREATE EXTENSION';
    if (!inTx && !s.if_not_exists) missing('IF NOT EXISTS', what, ctx.find(/create\s+(\w+\s+)*?(sequence|schema|extension)/i));
  } else if ('AlterEnumStmt' in n) {
    const s = n.AlterEnumStmt;
    if (!inTx && s.newVal && !s.oldVal && !s.skipIfNewValExists) missing('IF NOT EXISTS', 'ADD VALUE', ctx.find(/add\s+value/i));
  } else if ('DropStmt' in n) {
    const s = n.DropStmt;
    if (!inTx && !s.missing_ok && DROP_GUARDED_KINDS.has(s.removeType ?? '')) {
      const kind = (s.removeType ?? '').replace(/^OBJECT_/, '').replace('MATVIEW', 'MATERIALIZED VIEW').replace('STATISTIC_EXT', 'STATISTICS').replace(/_/g, ' ');
      missing('IF EXISTS', `DROP ${kind}`, ctx.find(/drop\s+\w+(\s+\w+)?/i));
    }
  } else if ('AlterTableStmt' in n && (n.AlterTableStmt.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE') {
    for (const c of n.AlterTableStmt.cmds ?? []) {
      if (!('AlterTableCmd' in c)) continue;
      const cmd = c.AlterTableCmd;
      const con = cmd.def && 'Constraint' in cmd.def ? cmd.def.Constraint : undefined;
      // a constraint dropped with IF EXISTS earlier in the file may be added again: the pair is repeatable
      if (cmd.subtype === 'AT_DropConstraint' && cmd.name) constraints.set(cmd.name, 'dropped');
      if (cmd.subtype === 'AT_AddConstraint' && con?.conname && constraints.get(con.conname) === 'dropped') {
        constraints.set(con.conname, 'added');
        continue;
      }
      const kind = NOT_REPEATABLE[cmd.subtype ?? ''];
      if (!kind || inTx || guarded(cmd)) continue;
      const span = ctx.find(kind.re(cmd));
      if (kind.guard) missing(kind.guard, kind.what, span);
      else if (cmd.subtype === 'AT_AddConstraint') {
        out.push({
          message: con?.conname
            ? `ADD CONSTRAINT ${con.conname} cannot be guarded: if the migration fails after this statement, running it again fails here.`
            : 'ADD CONSTRAINT without a name: running the migration again adds a second copy (or fails, for a primary key).',
          span,
          help: con?.conname ? `Drop it first: \`ALTER TABLE … DROP CONSTRAINT IF EXISTS ${con.conname};\` before adding it, or run the migration inside a transaction.` : 'Name the constraint and drop it with IF EXISTS before adding it, or run the migration inside a transaction.',
        });
      } else {
        out.push({ message: `${kind.what} fails when run a second time: a failure after this statement makes the migration impossible to re-run.`, span, help: 'Run the migration inside a transaction.' });
      }
    }
  }
  return out;
}

interface FileState {
  statements: number;
  pending: Finding[];
  constraints: Map<string, 'dropped' | 'added'>;
}

function state(ctx: { fileScratch: Map<string, unknown> }): FileState {
  let s = ctx.fileScratch.get('prefer-robust-stmts') as FileState | undefined;
  if (!s) ctx.fileScratch.set('prefer-robust-stmts', (s = { statements: 0, pending: [], constraints: new Map() }));
  return s;
}

const rule: Rule = {
  id: 'prefer-robust-stmts',
  defaultSeverity: 'off',
  category: 'hygiene',
  docs: {
    summary: 'Outside a transaction: CREATE without IF NOT EXISTS, DROP without IF EXISTS, ADD/DROP COLUMN and DROP CONSTRAINT without their guard, ADD CONSTRAINT not preceded by DROP CONSTRAINT IF EXISTS (off by default).',
    why: 'A migration that runs outside a transaction (CONCURRENTLY forces it, some runners do it) can stop half-way; re-running it then fails on the first statement that already took effect, and someone has to repair it by hand. Inside a transaction a failure rolls everything back, so nothing is reported there, except CREATE INDEX CONCURRENTLY, which never runs in one. A file of one statement is atomic and not reported. Statements that reach the same state when repeated (SET NOT NULL, SET DEFAULT, ALTER TYPE, VALIDATE CONSTRAINT, …) are not reported either (squawk reports every ALTER TABLE action outside a transaction). Off by default: pgshift revisions run inside transactions; turn it on for runners that do not wrap files.',
    fix: 'Use the guard (`CREATE TABLE IF NOT EXISTS`, `CREATE INDEX CONCURRENTLY IF NOT EXISTS name`, `DROP … IF EXISTS`, `ADD COLUMN IF NOT EXISTS`, `DROP COLUMN IF EXISTS`, `DROP CONSTRAINT IF EXISTS`); for ADD CONSTRAINT, which has no guard, drop the constraint with IF EXISTS first; or wrap the migration in a transaction. A failed CREATE INDEX CONCURRENTLY leaves an INVALID index that IF NOT EXISTS then skips: drop it (DROP INDEX CONCURRENTLY IF EXISTS) before re-running.',
  },
  examples: {
    bad: [
      'SELECT 1;\nALTER TABLE users ADD COLUMN nickname text;',
      'SELECT 1;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
      'BEGIN;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nCOMMIT;',
      'SELECT 1;\nCREATE TABLE audit (id bigint);',
      'SELECT 1;\nCREATE TEMP TABLE scratch (id bigint);',
      'SELECT 1;\nDROP TABLE audit;',
      'SELECT 1;\nDROP INDEX CONCURRENTLY users_email_idx;',
      'SELECT 1;\nDROP TYPE mood;',
      'SELECT 1;\nALTER TABLE users DROP COLUMN nickname;',
      'SELECT 1;\nALTER TABLE users DROP CONSTRAINT users_email_key;',
      'SELECT 1;\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;',
      "ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;",
      "SELECT 1;\nALTER TYPE mood ADD VALUE 'meh';",
    ],
    good: [
      'ALTER TABLE users ADD COLUMN nickname text;',
      'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCREATE TABLE audit (id bigint);\nDROP TABLE old_audit;\nCOMMIT;',
      '-- squawk-enable-assume-in-transaction\nDROP INDEX users_email_idx;\nDROP TABLE audit;\nDROP TYPE mood;',
      'SELECT 1;\nALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;',
      'SELECT 1;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);',
      'SELECT 1;\nCREATE INDEX CONCURRENTLY ON users (email);',
      'CREATE TABLE IF NOT EXISTS audit (id bigint);\nDROP TABLE IF EXISTS old_audit;',
      'SELECT 1;\nCREATE TEMP TABLE scratch (id bigint) ON COMMIT DROP;',
      'ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;',
      'ALTER TABLE emails DROP CONSTRAINT IF EXISTS emails_user_fk;\nALTER TABLE emails ADD CONSTRAINT emails_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE emails VALIDATE CONSTRAINT emails_user_fk;',
      'SELECT 1;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      'SELECT 1;\nINSERT INTO users (id) VALUES (1);',
    ],
  },
  check(ctx) {
    const s = state(ctx);
    s.statements++;
    s.pending.push(...findings(ctx, s.constraints));
  },
  finish(ctx) {
    const s = state(ctx);
    // one statement is atomic: it either took effect or not, so re-running the file is safe
    if (s.statements < 2) return;
    for (const f of s.pending) ctx.report(f);
  },
};
export default rule;
