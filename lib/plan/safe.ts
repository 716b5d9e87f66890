/**
 * Safe (online) rewrites, applied only to tables that exist before the migration — a table the
 * migration creates is empty and gets plain DDL:
 * - CREATE/DROP INDEX → CONCURRENTLY, outside the transaction;
 * - a UNIQUE / PRIMARY KEY constraint → CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … USING INDEX
 *   (a key replaced under its own name: the old one dropped only then, key-swap.ts);
 * - FOREIGN KEY and CHECK → ADD … NOT VALID, then VALIDATE CONSTRAINT in a later transaction;
 * - SET NOT NULL → CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL, drop the helper CHECK;
 * - ADD COLUMN with a volatile default or NOT NULL without a default → nullable first, a backfill step
 *   for the reviewer, then the default and the constraint;
 * - a column type change that rewrites → the expand/contract recipe, in comments.
 */
import type { Catalog, CheckConstraint, Column, Table } from '../catalog/model/catalog.js';
import type { Change, ChangeOf, Hazard } from '../diff/change.js';
import { makeExpr } from '../catalog/query/expr.js';
import { makeObjectName } from '../catalog/query/names.js';
import { typeToSql } from '../catalog/query/types.js';
import { isVolatileExpr, typeChangeRewrites } from './locks.js';
import type { PlannedChange } from './planned.js';
import { parentKeys } from '../catalog/statements/inheritance.js';
import { swapKeysInPlace } from './key-swap.js';
import { ident, qualified } from '../source/quote.js';

export interface SafeOptions {
  from: Catalog;
  /** The target catalogue (a partitioned index attaches the partitions' indexes it has there). */
  to?: Catalog;
  /** Tables this migration creates (or creates again): plain DDL. */
  created?: Set<string>;
  pgVersion: number;
}

/** Stages in order: the main transaction, then validations, what needs them, primary keys waiting for a NOT NULL and the foreign keys referencing them. */
type Step = PlannedChange & { stage: 'main' | 'validate' | 'post' | 'keys' | 'references' };

function exists(o: SafeOptions, t: { schema: string; name: string }): boolean {
  return o.from.tables.has(`${t.schema}.${t.name}`) && !o.created?.has(`${t.schema}.${t.name}`);
}

/** The hazard of a concurrent index build: it does not block writes, but can fail half-way. */
function concurrentBuild(name: string, unique: boolean): Hazard {
  return {
    kind: 'builds-index',
    message: `builds index ${name} concurrently (writes continue; two table scans)${unique ? '; fails on duplicates' : ''}; a failed build leaves an INVALID index to drop before retrying`,
  };
}

/** A table or materialized view the migration did not create (its indexes are built concurrently). */
function relationExists(o: SafeOptions, schema: string, name: string): boolean {
  const k = `${schema}.${name}`;
  if (o.created?.has(k)) return false; // created again by this migration: empty
  return o.from.tables.has(k) || !!o.from.views?.get(k)?.materialized;
}

/** Partitioned tables have no CONCURRENTLY index builds, no ADD … USING INDEX and (before PostgreSQL 18) no NOT VALID foreign keys. */
function partitioned(o: SafeOptions, schema: string, name: string): boolean {
  return !!o.from.tables.get(`${schema}.${name}`)?.partitionBy && !o.created?.has(`${schema}.${name}`);
}

/**
 * An index on an existing partitioned table: CREATE INDEX … ON ONLY the parent (no build), the
 * partitions' indexes having been built CONCURRENTLY before it, then ALTER INDEX … ATTACH PARTITION each.
 */
function partitionedIndex(p: PlannedChange, o: SafeOptions, c: ChangeOf<'create_index'>): Step[] {
  const k = `${c.index.schema}.${c.index.name}`;
  // the indexes of partitions attached already (a partition attached by this migration brings its own)
  const attached = (i: { schema: string; table: string }) => {
    const t = o.from.tables.get(`${i.schema}.${i.table}`);
    return !!t?.partitionOf && t.partitionOf.schema === c.index.schema && t.partitionOf.table === c.index.table && !o.created?.has(`${i.schema}.${i.table}`);
  };
  const children = [...(o.to?.indexes.values() ?? [])].filter((i) => i.parent === k && attached(i)).map((i) => ({ schema: i.schema, name: i.name }));
  return [{ ...p, change: { ...c, only: true, attach: children }, hazards: [], notes: [...(p.notes ?? []), 'on the parent only: the partitions\' indexes, built concurrently, are attached to it'], stage: 'main' }];
}

/** The helper CHECK of the SET NOT NULL recipe. */
function notNullCheck(table: Table, column: Column): CheckConstraint {
  const node = { NullTest: { arg: { ColumnRef: { fields: [{ String: { sval: column.name } }] } }, nulltesttype: 'IS_NOT_NULL' } };
  return { kind: 'check', name: makeObjectName(table.name, column.name, 'not_null_check'), expr: makeExpr(node as any), noInherit: false, deferrable: false, initiallyDeferred: false, notValid: true };
}

function safeSetNotNull(p: PlannedChange, table: Table, column: Column, notes: string[] = []): Step[] {
  const check = notNullCheck(table, column);
  return [
    { change: { kind: 'add_constraint', table, constraint: check }, hazards: [], notes: [...notes, `safe SET NOT NULL: a NOT VALID check first, validated without blocking writes`], stage: 'main' },
    { change: { kind: 'validate_constraint', table, constraint: { ...check, notValid: false } }, hazards: [], stage: 'validate' },
    { change: { kind: 'set_not_null', table, column }, hazards: p.hazards.filter((h) => h.kind !== 'may-fail'), notes: ['uses the validated check: no table scan'], stage: 'post' },
    { change: { kind: 'drop_constraint', table, constraint: check }, hazards: [], stage: 'post' },
  ];
}

function backfillNote(table: Table, column: Column): string {
  const value = column.default ? 'the new default' : '<value>';
  return `backfill: UPDATE ${qualified(table.schema, table.name)} SET ${ident(column.name)} = ${value} WHERE ${ident(column.name)} IS NULL; -- run in batches before the constraint is validated`;
}

function rewriteOne(p: PlannedChange, o: SafeOptions, identityColumns: Set<string>): Step[] {
  const c = p.change;
  const plain: Step[] = [{ ...p, stage: 'main' }];
  switch (c.kind) {
    case 'create_index':
      if (partitioned(o, c.index.schema, c.index.table)) return partitionedIndex(p, o, c);
      if (!relationExists(o, c.index.schema, c.index.table)) return plain;
      return [{ ...p, change: { ...c, concurrently: true }, hazards: [concurrentBuild(c.index.name, c.index.unique)], noTransaction: true, stage: 'main' }];
    case 'drop_index':
      if (!relationExists(o, c.index.schema, c.index.table) || partitioned(o, c.index.schema, c.index.table)) return plain;
      return [{ ...p, change: { ...c, concurrently: true }, noTransaction: true, stage: 'main' }];
    case 'add_constraint': {
      const con = c.constraint;
      // (… USING INDEX adopts an index the table has: nothing to build)
      if (!exists(o, c.table) || c.usingIndex || (partitioned(o, c.table.schema, c.table.name) && con.kind !== 'check')) return plain;
      // (WITHOUT OVERLAPS keys have no CREATE INDEX form to build first)
      if ((con.kind === 'primary' || con.kind === 'unique') && !con.withoutOverlaps) {
        const index = { schema: c.table.schema, name: con.name, table: c.table.name, unique: true, method: 'btree', keys: con.columns.map((column) => ({ column, desc: false, nullsFirst: false })), include: [...con.include], nullsNotDistinct: con.kind === 'unique' && con.nullsNotDistinct, ...(con.options ? { options: [...con.options] } : {}) };
        return [
          { change: { kind: 'create_index', index, concurrently: true }, hazards: [concurrentBuild(index.name, true)], noTransaction: true, stage: 'main' },
          { change: { ...c, usingIndex: con.name }, hazards: [], stage: 'main' },
        ];
      }
      if ((con.kind === 'check' || con.kind === 'foreign') && !con.notValid) {
        return [
          { ...p, change: { ...c, constraint: { ...con, notValid: true } }, hazards: [], stage: 'main' },
          { change: { kind: 'validate_constraint', table: c.table, constraint: con }, hazards: p.hazards, stage: 'validate' },
        ];
      }
      return plain;
    }
    case 'attach_partition':
    case 'add_inherit':
      // the child's CHECKs must be valid (and NOT NULLs set) first: after the validation stage
      return [{ ...p, stage: 'post' }];
    case 'set_not_null':
      if (!exists(o, c.table)) return plain;
      return safeSetNotNull(p, c.table, c.column);
    case 'add_identity':
      // identity needs NOT NULL declared first, which the safe recipe sets only after validation
      return identityColumns.has(`${c.table.schema}.${c.table.name}.${c.column.name}`) ? [{ ...p, stage: 'post' }] : plain;
    case 'add_column': {
      if (!exists(o, c.table)) return plain;
      const col = c.column;
      const volatile = !!col.default && isVolatileExpr(col.default.node);
      const required = col.notNull && !col.default && !col.identity && !col.generated;
      if (!volatile && !required) return plain;
      const nullable: Column = { ...col, notNull: false, default: undefined };
      const steps: Step[] = [{ change: { kind: 'add_column', table: c.table, column: nullable }, hazards: [], notes: ['added nullable first, so no table rewrite and no failure on existing rows'], stage: 'main' }];
      if (col.default) steps.push({ change: { kind: 'set_default', table: c.table, column: col }, hazards: [], notes: ['the default applies to new rows only'], stage: 'main' });
      if (col.notNull) steps.push(...safeSetNotNull({ change: { kind: 'set_not_null', table: c.table, column: col }, hazards: [] }, c.table, col, [backfillNote(c.table, col)]));
      else steps[steps.length - 1]!.notes = [...(steps[steps.length - 1]!.notes ?? []), backfillNote(c.table, col)];
      return steps;
    }
    case 'alter_column_type':
      if (!exists(o, c.table) || !typeChangeRewrites(c.from.type, c.column.type)) return plain;
      return [{ ...p, notes: [...(p.notes ?? []), ...expandContract(c)], stage: 'main' }];
    default:
      return plain;
  }
}

function expandContract(c: ChangeOf<'alter_column_type'>): string[] {
  const t = qualified(c.table.schema, c.table.name);
  const tmp = ident(`${c.column.name}_new`);
  return [
    `this rewrites ${t} under ACCESS EXCLUSIVE; on a large table prefer expand/contract:`,
    `  1. ALTER TABLE ${t} ADD COLUMN ${tmp} ${typeToSql(c.column.type)};  -- plus a trigger copying writes`,
    `  2. backfill ${tmp} from ${ident(c.column.name)} in batches`,
    `  3. in one short transaction: drop ${ident(c.column.name)}, rename ${tmp} to ${ident(c.column.name)}`,
  ];
}

/** REPLICA IDENTITY USING INDEX needs the index's columns NOT NULL: after a NOT NULL the safe recipe sets late. */
function identityAfterNotNull(steps: Step[]): void {
  const late = new Set(steps.flatMap((s) => (s.stage === 'post' && s.change.kind === 'set_not_null' ? [`${s.change.table.schema}.${s.change.table.name}`] : [])));
  for (const s of steps) {
    if (s.change.kind === 'set_replica_identity' && s.change.identity?.kind === 'index' && late.has(`${s.change.table.schema}.${s.change.table.name}`)) s.stage = 'post';
  }
}

/**
 * ADD PRIMARY KEY sets its key columns NOT NULL itself, reading every row under ACCESS EXCLUSIVE (on
 * every partition too). Where the safe recipe sets one of them NOT NULL late (after a validated
 * CHECK), on the table or an ancestor whose SET NOT NULL reaches it, the key follows that SET NOT
 * NULL, which leaves it nothing to check; its index is still built concurrently in the main stage.
 */
function primaryKeysAfterNotNull(steps: Step[], o: SafeOptions): void {
  const late = new Set(steps.flatMap((s) => (s.stage === 'post' && s.change.kind === 'set_not_null' ? [`${s.change.table.schema}.${s.change.table.name}.${s.change.column.name}`] : [])));
  if (!late.size) return;
  // the table or any ancestor (every parent of a table with several)
  const setLate = (k: string, column: string, depth = 0): boolean => {
    const t = o.from.tables.get(k);
    if (!t || depth > 64) return false;
    return late.has(`${k}.${column}`) || parentKeys(t).some((p) => setLate(p, column, depth + 1));
  };
  const moved = new Set<string>();
  for (const s of steps) {
    const c = s.change;
    if (s.stage === 'main' && c.kind === 'add_constraint' && c.constraint.kind === 'primary' && c.constraint.columns.some((col) => setLate(`${c.table.schema}.${c.table.name}`, col))) {
      s.stage = 'keys';
      moved.add(`${c.table.schema}.${c.table.name}`);
    }
  }
  // a foreign key needs the key it references: it follows it, added and validated there
  for (const s of steps) {
    const c = s.change;
    if ((c.kind === 'add_constraint' || c.kind === 'validate_constraint') && c.constraint.kind === 'foreign' && moved.has(`${c.constraint.refSchema}.${c.constraint.refTable}`)) s.stage = 'references';
  }
}

/**
 * A trigger's clone on a partition exists once the partition is attached: the clone's state and comment
 * follow an ATTACH of its table or of a table above it into the last stage.
 */
function clonesAfterAttach(steps: Step[], o: SafeOptions): void {
  const attached = new Set(steps.flatMap((s) => (s.change.kind === 'attach_partition' ? [`${s.change.table.schema}.${s.change.table.name}`] : [])));
  if (!attached.size) return;
  const underAttached = (schema: string, name: string): boolean => {
    for (let t = o.to?.tables.get(`${schema}.${name}`), n = 0; t && n < 64; n++) {
      if (attached.has(`${t.schema}.${t.name}`)) return true;
      t = t.partitionOf && o.to?.tables.get(`${t.partitionOf.schema}.${t.partitionOf.table}`);
    }
    return false;
  };
  for (const s of steps) {
    const c = s.change;
    if (c.kind === 'set_trigger_state' && c.trigger.clonedFrom && underAttached(c.trigger.schema, c.trigger.table)) s.stage = 'post';
    if (c.kind === 'set_comment' && c.target.kind === 'trigger' && o.to?.triggers.get(`${c.target.schema}.${c.target.table}.${c.target.name}`)?.clonedFrom && underAttached(c.target.schema, c.target.table)) s.stage = 'post';
  }
}

/** Expand planned changes into online-safe steps; validations move to a trailing transaction. */
export function safeRewrite(planned: PlannedChange[], options: SafeOptions): PlannedChange[] {
  const o: SafeOptions = { ...options, created: new Set(planned.flatMap((p) => (p.change.kind === 'create_table' ? [`${p.change.table.schema}.${p.change.table.name}`] : []))) };
  // identity columns whose NOT NULL is set safely in this migration (on an existing table)
  const notNullLater = new Set(planned.flatMap((p) => (p.change.kind === 'set_not_null' && exists(o, p.change.table) ? [`${p.change.table.schema}.${p.change.table.name}.${p.change.column.name}`] : [])));
  const identityColumns = notNullLater;
  // what must follow an ATTACH PARTITION (attach-rivals.ts) follows it into the last stage
  const steps = planned.flatMap((p) => rewriteOne(p, o, identityColumns).map((s) => ('afterAttach' in p.change && p.change.afterAttach ? { ...s, stage: 'post' as const } : s)));
  identityAfterNotNull(steps);
  primaryKeysAfterNotNull(steps, o);
  swapKeysInPlace(steps, o.from, o.to);
  clonesAfterAttach(steps, o);
  const main = steps.filter((s) => s.stage === 'main');
  const later = [...steps.filter((s) => s.stage === 'validate'), ...steps.filter((s) => s.stage === 'post'), ...steps.filter((s) => s.stage === 'keys'), ...steps.filter((s) => s.stage === 'references')];
  if (later.length && main.length) later[0]!.commitBefore = true;
  return [...main, ...later].map(({ stage: _s, ...p }) => p);
}

export type { Change };
