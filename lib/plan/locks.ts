/**
 * The lock table: which lock a statement (or ALTER TABLE subcommand) takes on which relations,
 * and whether it rewrites or scans the table, per targeted PostgreSQL version.
 * Facts follow PostgreSQL's documentation (ALTER TABLE, "Explicit Locking") and
 * `AlterTableGetLockLevel()` in tablecmds.c. Shared by the linter and the generator's annotations.
 */
import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint, Node, RangeVar, RuleStmt, TypeName } from '@pgsql/types';
import { visitNodes } from '../parse/ast.js';
import type { Catalog, TypeRef } from '../catalog/model/catalog.js';
import { resolveIndex, resolveTable } from '../catalog/query/resolve.js';
import { descendants } from '../catalog/query/children.js';
import { truncateIdent } from '../catalog/query/names.js';
import { typeFromNode } from '../catalog/query/types.js';
import { columnNullability, type Nullability } from '../catalog/query/not-null.js';
import { reindexConcurrently } from './utility-options.js';

/** Table-level lock modes, weakest first. */
export const LOCK_LEVELS = [
  'AccessShare',
  'RowShare',
  'RowExclusive',
  'ShareUpdateExclusive',
  'Share',
  'ShareRowExclusive',
  'Exclusive',
  'AccessExclusive',
] as const;
export type LockLevel = (typeof LOCK_LEVELS)[number];

/** The lock's name as PostgreSQL's documentation writes it, e.g. `ACCESS EXCLUSIVE`. */
export function lockSqlName(l: LockLevel): string {
  return l.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

export function lockRank(l: LockLevel): number {
  return LOCK_LEVELS.indexOf(l);
}

export function strongerLock(a: LockLevel | undefined, b: LockLevel | undefined): LockLevel | undefined {
  if (!a) return b;
  if (!b) return a;
  return lockRank(a) >= lockRank(b) ? a : b;
}

/** True when the lock blocks plain SELECTs (only ACCESS EXCLUSIVE does). */
export function blocksReads(l: LockLevel | undefined): boolean {
  return l === 'AccessExclusive';
}

/** True when the lock blocks INSERT/UPDATE/DELETE (conflicts with ROW EXCLUSIVE). */
export function blocksWrites(l: LockLevel | undefined): boolean {
  return !!l && lockRank(l) >= lockRank('Share');
}

export interface RelationRef {
  schema?: string;
  name: string;
}

export interface RelationLock {
  relation: RelationRef;
  level: LockLevel;
  /** Locked because ALTER TABLE without ONLY reaches it from its ancestor: a partition or an inheritance child. */
  descendant?: 'partition' | 'child';
}

export interface LockInfo {
  /** The strongest lock taken, undefined when the statement takes no table lock worth noting. */
  level: LockLevel | undefined;
  relations: RelationLock[];
  /** The table is rewritten (every row copied, indexes rebuilt) while the lock is held. */
  rewrite: boolean;
  /** The table is read in full (constraint validation, index build) while the lock is held. */
  scan: boolean;
  /** Short reasons, e.g. `volatile default`, `index build`. */
  notes: string[];
}

export interface LockOptions {
  /** Targeted PostgreSQL major version (default 15). */
  pgVersion?: number;
  /** The column's current type, for ALTER COLUMN TYPE (from the catalogue). */
  currentType?: (table: RelationRef, column: string) => TypeRef | undefined;
  /** Is the column a VIRTUAL generated column (from the catalogue), for SET EXPRESSION? */
  virtualColumn?: (table: RelationRef, column: string) => boolean;
  /** The table an index belongs to (from the catalogue), for DROP INDEX / REINDEX INDEX. */
  indexTable?: (index: RelationRef) => RelationRef | undefined;
  /** Canonicalise a parse-tree type (the catalogue's `typeFromNode`), for ALTER COLUMN TYPE. */
  typeOf?: (t: TypeName) => TypeRef;
  /** The table a foreign key of `table` references (from the catalogue), for DROP CONSTRAINT. */
  foreignKeyTarget?: (table: RelationRef, constraint: string) => RelationRef | undefined;
  /** The tables below `table` (partitions, inheritance children, at any depth), for ALTER TABLE without ONLY. */
  descendants?: (table: RelationRef) => { partitioned: boolean; tables: RelationRef[] } | undefined;
  /** Is the named constraint of `table` a CHECK (from the catalogue), for DROP CONSTRAINT down an inheritance tree? */
  isCheck?: (table: RelationRef, constraint: string) => boolean;
  /** The key columns of an index in `table`'s schema (from the catalogue; undefined for an expression key), for ADD … USING INDEX. */
  indexColumns?: (table: RelationRef, index: string) => (string | undefined)[] | undefined;
  /** How a column of `table` stands against NULLs (from the catalogue), for SET NOT NULL and the implicit one of ADD PRIMARY KEY. */
  nullability?: (table: RelationRef, column: string) => Nullability | undefined;
}

/** ALTER TABLE … ENABLE / DISABLE [REPLICA | ALWAYS] TRIGGER in all its forms. */
const TRIGGER_SWITCHES = new Set([
  'AT_EnableTrig', 'AT_EnableAlwaysTrig', 'AT_EnableReplicaTrig', 'AT_EnableTrigAll', 'AT_EnableTrigUser', 'AT_DisableTrig', 'AT_DisableTrigAll', 'AT_DisableTrigUser',
]);

export interface CmdLock {
  level: LockLevel;
  rewrite: boolean;
  scan: boolean;
  note?: string;
  /** Other relations locked by the subcommand (FK target, attached partition). */
  others?: RelationLock[];
}

export function relOf(rv: RangeVar | undefined): RelationRef {
  return { schema: rv?.schemaname, name: rv?.relname ?? '' };
}

function listNames(items: Node[] | undefined): string[] {
  return (items ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
}

function namesToRel(items: Node[] | undefined): RelationRef {
  const parts = listNames(items);
  return parts.length > 1 ? { schema: parts[parts.length - 2], name: parts[parts.length - 1]! } : { name: parts[0] ?? '' };
}

// ---------------------------------------------------------------------------------------------
// Volatility of default expressions (ADD COLUMN ... DEFAULT rewrites only when volatile, PG 11+)

const VOLATILE_FUNCS = new Set([
  'random', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7',
  'nextval', 'clock_timestamp', 'timeofday', 'setval', 'txid_current', 'pg_current_xact_id', 'random_normal',
  'gen_random_bytes', 'uuid_generate_v7',
]);
const STABLE_OR_IMMUTABLE_FUNCS = new Set([
  'now', 'transaction_timestamp', 'statement_timestamp', 'current_timestamp', 'localtimestamp', 'current_date',
  'lower', 'upper', 'coalesce', 'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'json_build_array',
  'array', 'to_jsonb', 'to_json', 'concat', 'length', 'abs', 'round', 'trim', 'btrim', 'make_interval',
  'to_timestamp', 'to_date', 'date_trunc', 'timezone', 'md5', 'replace', 'substring', 'nullif', 'greatest', 'least',
  'current_setting', 'pg_catalog.now', 'jsonb', 'json', 'ltrim', 'rtrim',
]);

/** Whether an expression is (or may be) volatile: unknown functions count as volatile. */
export function isVolatileExpr(node: Node | undefined): boolean {
  if (!node) return false;
  let volatile = false;
  const visit = (n: unknown): void => {
    if (volatile || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown>;
    if ('FuncCall' in o) {
      const fc = o.FuncCall as { funcname?: Node[] };
      const name = listNames(fc.funcname).join('.').replace(/^pg_catalog\./, '');
      if (VOLATILE_FUNCS.has(name) || !STABLE_OR_IMMUTABLE_FUNCS.has(name)) {
        volatile = true;
        return;
      }
    }
    if ('SubLink' in o) {
      volatile = true;
      return;
    }
    for (const v of Object.values(o)) visit(v);
  };
  visit(node);
  return volatile;
}

// ---------------------------------------------------------------------------------------------
// Column type changes: which ones PostgreSQL performs without a table rewrite

const LENGTH_TYPES = new Set(['character varying', 'bit varying']);
const PRECISION_TYPES = new Set([
  'timestamp without time zone', 'timestamp with time zone', 'time without time zone', 'time with time zone',
]);
const TEXTLIKE = new Set(['text', 'character varying']);

/** True when changing a column from `from` to `to` rewrites the table (binary-coercible changes do not). */
export function typeChangeRewrites(from: TypeRef, to: TypeRef): boolean {
  if (from.arrayDims !== to.arrayDims) return true;
  if ((from.schema ?? '') !== (to.schema ?? '')) return true;
  const same = from.name === to.name;
  if (same && from.mods.join(',') === to.mods.join(',')) return false;
  if (TEXTLIKE.has(from.name) && TEXTLIKE.has(to.name)) {
    // varchar(n) -> varchar(m >= n) / varchar / text, and text -> varchar (unconstrained) keep the bytes.
    if (to.mods.length === 0) return false;
    if (from.name === 'text') return true;
    return from.mods.length === 0 || Number(to.mods[0]) < Number(from.mods[0]);
  }
  if (same && LENGTH_TYPES.has(from.name)) {
    if (to.mods.length === 0) return false;
    return from.mods.length === 0 || Number(to.mods[0]) < Number(from.mods[0]);
  }
  if (same && from.name === 'numeric') {
    if (to.mods.length === 0) return false;
    if (from.mods.length === 0) return true;
    const [p1, s1 = '0'] = from.mods;
    const [p2, s2 = '0'] = to.mods;
    return !(Number(s1) === Number(s2) && Number(p2) >= Number(p1));
  }
  if (same && from.name === 'interval') return intervalChangeRewrites(from.mods, to.mods);
  if (same && PRECISION_TYPES.has(from.name)) {
    if (to.mods.length === 0) return false;
    return from.mods.length === 0 || Number(to.mods[0]) < Number(from.mods[0]);
  }
  if (from.name === 'cidr' && to.name === 'inet') return false;
  if (from.name === 'xml' && TEXTLIKE.has(to.name)) return false;
  return true;
}

/** The least field an interval's values keep (0 = second … 5 = year), from its fields as format_type prints them. */
const LEAST_FIELD: Record<string, number> = {
  year: 5, month: 4, 'year to month': 4, day: 3, hour: 2, 'day to hour': 2, minute: 1, 'day to minute': 1, 'hour to minute': 1,
  second: 0, 'day to second': 0, 'hour to second': 0, 'minute to second': 0,
};

/**
 * PostgreSQL's interval_support: the change keeps the bytes when the least field stays or gets
 * finer and, for fields down to the second, the fractional precision stays or grows (an interval
 * without modifiers keeps everything).
 */
function intervalChangeRewrites(from: string[], to: string[]): boolean {
  if (to.length === 0) return false;
  const parse = (mods: string[]) => {
    const fields = mods[0] !== undefined && mods[0] in LEAST_FIELD ? mods[0] : undefined;
    const p = mods[fields ? 1 : 0];
    return { least: fields ? LEAST_FIELD[fields]! : 0, precision: p === undefined ? Infinity : Number(p) };
  };
  const f = parse(from);
  const t = parse(to);
  return !(t.least <= f.least && (f.least > 0 || t.precision >= 6 || t.precision >= f.precision));
}

// ---------------------------------------------------------------------------------------------
// ALTER TABLE subcommands

const SUE_RELOPTIONS = /^(fillfactor|autovacuum_.*|toast\..*|toast_tuple_target|parallel_workers|vacuum_index_cleanup|vacuum_truncate|log_autovacuum_min_duration|user_catalog_table)$/;

function constraintsOf(def: ColumnDef): Constraint[] {
  return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}

function isSerialType(t: TypeName | undefined): boolean {
  const n = listNames(t?.names).pop() ?? '';
  return /^(small|big)?serial[248]?$/.test(n);
}

function addColumnLock(def: ColumnDef, pg: number): CmdLock {
  const cons = constraintsOf(def);
  const lock: CmdLock = { level: 'AccessExclusive', rewrite: false, scan: false, others: [] };
  const gen = cons.find((c) => c.contype === 'CONSTR_GENERATED');
  const dflt = cons.find((c) => c.contype === 'CONSTR_DEFAULT');
  if (gen && (gen.generated_kind ?? 's') === 's') Object.assign(lock, { rewrite: true, note: 'stored generated column' });
  else if (cons.some((c) => c.contype === 'CONSTR_IDENTITY')) Object.assign(lock, { rewrite: true, note: 'identity column' });
  else if (isSerialType(def.typeName)) Object.assign(lock, { rewrite: true, note: 'serial column (volatile nextval default)' });
  else if (dflt && !isNullConst(dflt.raw_expr)) {
    if (pg < 11) Object.assign(lock, { rewrite: true, note: 'default before PostgreSQL 11' });
    else if (isVolatileExpr(dflt.raw_expr)) Object.assign(lock, { rewrite: true, note: 'volatile default' });
  }
  for (const c of cons) {
    if (c.contype === 'CONSTR_CHECK' && !c.skip_validation) lock.scan = true;
    if (c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE') {
      lock.scan = true;
      lock.note ??= 'index build';
    }
    if (c.contype === 'CONSTR_FOREIGN' && c.pktable) lock.others!.push({ relation: relOf(c.pktable), level: 'ShareRowExclusive' });
  }
  return lock;
}

/** `USING col` or `USING col::type`: the column itself, so only the type change decides the rewrite. */
function isPlainColumn(n: Node, column: string | undefined): boolean {
  const inner = 'TypeCast' in n && n.TypeCast.arg ? n.TypeCast.arg : n;
  return 'ColumnRef' in inner && listNames(inner.ColumnRef.fields).pop() === column;
}

function isNullConst(n: Node | undefined): boolean {
  return !!n && 'A_Const' in n && !!n.A_Const.isnull;
}

/** The key columns of an added PRIMARY KEY / UNIQUE: as written, or (USING INDEX) the index's; undefined when unknown. */
export function primaryKeyColumns(c: Constraint, table: RelationRef, opts: LockOptions): (string | undefined)[] | undefined {
  return c.indexname ? opts.indexColumns?.(table, c.indexname) : listNames(c.keys);
}

/**
 * The SET NOT NULL that ADD PRIMARY KEY (with or without USING INDEX) runs on its key columns not
 * already NOT NULL (transformIndexConstraint): `sets` when there is one (it recurses to partitions and
 * inheritance children with ACCESS EXCLUSIVE), `scan` when it reads every row (a column neither NOT
 * NULL nor, PostgreSQL 12+, proven by a validated CHECK (col IS NOT NULL)). Unknown columns (no
 * catalogue, an index it does not know) count as nullable. Seen on PostgreSQL 15 with DEBUG1's
 * "verifying table" and pg_locks.
 */
export function primaryKeyNotNull(c: Constraint, table: RelationRef, opts: LockOptions): { sets: boolean; scan: boolean } {
  const cols = primaryKeyColumns(c, table, opts);
  if (!cols?.length || cols.some((k) => k === undefined)) return { sets: true, scan: true };
  let sets = false;
  let scan = false;
  for (const col of cols as string[]) {
    const n = opts.nullability?.(table, col);
    if (n === 'not-null') continue;
    sets = true;
    if (n !== 'proven' || (opts.pgVersion ?? 15) < 12) scan = true;
  }
  return { sets, scan };
}

function addConstraintLock(c: Constraint, table: RelationRef, opts: LockOptions): CmdLock {
  switch (c.contype) {
    case 'CONSTR_FOREIGN':
      return {
        level: 'ShareRowExclusive',
        rewrite: false,
        scan: !c.skip_validation,
        note: c.skip_validation ? undefined : 'validates existing rows',
        others: c.pktable ? [{ relation: relOf(c.pktable), level: 'ShareRowExclusive' }] : [],
      };
    case 'CONSTR_PRIMARY':
    case 'CONSTR_UNIQUE':
      // USING INDEX attaches the index (no build): only the primary key's implicit SET NOT NULL may scan
      // (and SHARE UPDATE EXCLUSIVE on that index, which it renames; seen in pg_locks on PostgreSQL 15)
      return c.indexname
        ? {
            level: 'AccessExclusive',
            rewrite: false,
            scan: c.contype === 'CONSTR_PRIMARY' && primaryKeyNotNull(c, table, opts).scan,
            note: 'uses existing index',
            others: [{ relation: { schema: table.schema, name: c.indexname }, level: 'ShareUpdateExclusive' }],
          }
        : { level: 'AccessExclusive', rewrite: false, scan: true, note: 'index build' };
    case 'CONSTR_EXCLUSION':
      return { level: 'AccessExclusive', rewrite: false, scan: true, note: 'index build' };
    case 'CONSTR_CHECK':
    case 'CONSTR_NOTNULL':
      return { level: 'AccessExclusive', rewrite: false, scan: !c.skip_validation, note: c.skip_validation ? undefined : 'validates existing rows' };
    default:
      return { level: 'AccessExclusive', rewrite: false, scan: false };
  }
}

/** The lock, rewrite and scan of one ALTER TABLE subcommand on `table`. */
export function alterTableCmdLock(cmd: AlterTableCmd, table: RelationRef, opts: LockOptions = {}): CmdLock {
  const pg = opts.pgVersion ?? 15;
  const def = cmd.def;
  switch (cmd.subtype) {
    case 'AT_AddColumn':
      return def && 'ColumnDef' in def ? addColumnLock(def.ColumnDef, pg) : { level: 'AccessExclusive', rewrite: false, scan: false };
    case 'AT_AlterColumnType': {
      const cd = def && 'ColumnDef' in def ? def.ColumnDef : undefined;
      const tn = cd?.typeName;
      if (cd?.raw_default && !isPlainColumn(cd.raw_default, cmd.name)) {
        return { level: 'AccessExclusive', rewrite: true, scan: false, note: 'USING expression rewrites the table' };
      }
      const cur = cmd.name ? opts.currentType?.(table, cmd.name) : undefined;
      if (!tn || !cur || !opts.typeOf) return { level: 'AccessExclusive', rewrite: true, scan: false, note: 'type change (current type unknown)' };
      const rw = typeChangeRewrites(cur, opts.typeOf(tn));
      return { level: 'AccessExclusive', rewrite: rw, scan: false, note: rw ? 'type change rewrites the table' : undefined };
    }
    case 'AT_AddConstraint':
      return def && 'Constraint' in def ? addConstraintLock(def.Constraint, table, opts) : { level: 'AccessExclusive', rewrite: false, scan: false };
    case 'AT_AddIndexConstraint':
      return { level: 'AccessExclusive', rewrite: false, scan: false };
    case 'AT_ValidateConstraint':
      return { level: 'ShareUpdateExclusive', rewrite: false, scan: true, note: 'validates existing rows' };
    case 'AT_AlterConstraint': {
      // a foreign key's deferrability (and, PostgreSQL 18, enforcement: ENFORCED validates the rows)
      const ac = def && 'ATAlterConstraint' in def ? (def.ATAlterConstraint as { alterEnforceability?: boolean; is_enforced?: boolean }) : undefined;
      const validates = !!ac?.alterEnforceability && !!ac.is_enforced;
      return { level: 'ShareRowExclusive', rewrite: false, scan: validates, note: validates ? 'validates existing rows' : undefined };
    }
    case 'AT_SetNotNull': {
      // no scan when the column is NOT NULL already, or (PostgreSQL 12+) a validated CHECK (col IS NOT NULL) proves it
      const n = cmd.name ? opts.nullability?.(table, cmd.name) : undefined;
      const proven = n === 'not-null' || (n === 'proven' && pg >= 12);
      return { level: 'AccessExclusive', rewrite: false, scan: !proven, note: proven ? undefined : 'checks every row for NULL' };
    }
    case 'AT_SetLogged':
    case 'AT_SetUnLogged':
      return { level: 'AccessExclusive', rewrite: true, scan: false, note: 'SET LOGGED/UNLOGGED rewrites the table' };
    case 'AT_SetTableSpace':
      return { level: 'AccessExclusive', rewrite: true, scan: false, note: 'moves the table' };
    case 'AT_SetAccessMethod':
      return { level: 'AccessExclusive', rewrite: true, scan: false };
    case 'AT_SetExpression':
      // ACCESS EXCLUSIVE (PostgreSQL 17+); a STORED column is recomputed in a rewrite, a VIRTUAL one (18) stores nothing
      if (cmd.name && opts.virtualColumn?.(table, cmd.name)) return { level: 'AccessExclusive', rewrite: false, scan: false, note: 'virtual generated column' };
      return { level: 'AccessExclusive', rewrite: true, scan: false, note: 'recomputes the generated column' };
    case 'AT_DropExpression':
      // ACCESS EXCLUSIVE (PostgreSQL 13+): the stored values stay as they are, nothing is rewritten
      return { level: 'AccessExclusive', rewrite: false, scan: false };
    case 'AT_ClusterOn':
      // SHARE UPDATE EXCLUSIVE on the table and on the index it marks (pg_locks on PostgreSQL 15)
      return { level: 'ShareUpdateExclusive', rewrite: false, scan: false, others: cmd.name ? [{ relation: { schema: table.schema, name: cmd.name }, level: 'ShareUpdateExclusive' }] : [] };
    case 'AT_SetStatistics':
    case 'AT_DropCluster':
    case 'AT_SetOptions':
    case 'AT_ResetOptions':
    case 'AT_DetachPartitionFinalize':
      return { level: 'ShareUpdateExclusive', rewrite: false, scan: false };
    case 'AT_SetRelOptions':
    case 'AT_ResetRelOptions': {
      const names = (def && 'List' in def ? def.List.items ?? [] : []).map((n) =>
        'DefElem' in n ? `${n.DefElem.defnamespace ? n.DefElem.defnamespace + '.' : ''}${n.DefElem.defname}` : '',
      );
      const sue = pg >= 10 && names.length > 0 && names.every((n) => SUE_RELOPTIONS.test(n));
      return { level: sue ? 'ShareUpdateExclusive' : 'AccessExclusive', rewrite: false, scan: false };
    }
    case 'AT_ReplicaIdentity': {
      // ACCESS EXCLUSIVE on the table (AlterTableGetLockLevel; seen in pg_locks on PostgreSQL 15), SHARE on a USING INDEX index
      const ri = def && 'ReplicaIdentityStmt' in def ? def.ReplicaIdentityStmt : undefined;
      const others = ri?.identity_type === 'i' && ri.name ? [{ relation: { schema: table.schema, name: ri.name }, level: 'Share' as const }] : [];
      return { level: 'AccessExclusive', rewrite: false, scan: false, others };
    }
    case 'AT_AttachPartition': {
      const part = def && 'PartitionCmd' in def ? def.PartitionCmd.name : undefined;
      return {
        level: pg >= 12 ? 'ShareUpdateExclusive' : 'AccessExclusive',
        rewrite: false,
        scan: true,
        note: 'scans the partition to check its bound',
        others: part ? [{ relation: relOf(part), level: 'AccessExclusive' }] : [],
      };
    }
    case 'AT_DetachPartition': {
      const pc = def && 'PartitionCmd' in def ? def.PartitionCmd : undefined;
      const conc = !!pc?.concurrent && pg >= 14;
      return {
        level: conc ? 'ShareUpdateExclusive' : 'AccessExclusive',
        rewrite: false,
        scan: false,
        others: pc?.name ? [{ relation: relOf(pc.name), level: conc ? 'ShareUpdateExclusive' : 'AccessExclusive' }] : [],
      };
    }
    case 'AT_DropConstraint': {
      // a foreign key's triggers on the referenced table go too: ACCESS EXCLUSIVE on it as well
      // (ATExecDropConstraint; seen in pg_locks on PostgreSQL 15), unless it references its own table
      const ref = cmd.name ? opts.foreignKeyTarget?.(table, cmd.name) : undefined;
      const own = ref && ref.name === table.name && (ref.schema ?? 'public') === (table.schema ?? 'public');
      return { level: 'AccessExclusive', rewrite: false, scan: false, others: ref && !own ? [{ relation: ref, level: 'AccessExclusive' }] : [] };
    }
    default:
      if (TRIGGER_SWITCHES.has(cmd.subtype ?? '')) return { level: 'ShareRowExclusive', rewrite: false, scan: false };
      // DROP COLUMN, SET/DROP DEFAULT, DROP NOT NULL, OWNER, RLS, identity, INHERIT, ...
      return { level: 'AccessExclusive', rewrite: false, scan: false };
  }
}

/**
 * The lock an ALTER TABLE subcommand written without ONLY also takes on every descendant table, or
 * undefined when PostgreSQL alters the named table alone. Seen in pg_locks on PostgreSQL 15: column
 * changes, CHECKs and their validation reach partitions and inheritance children with the parent's
 * lock; a key's index is built on every partition (SHARE) and a foreign key cloned to each (SHARE ROW
 * EXCLUSIVE), neither reaching inheritance children; trigger switches reach partitions only (their
 * triggers are clones). Storage parameters, replica identity, owner, compression and identity stay
 * on the named table.
 */
function descendantLock(cmd: AlterTableCmd, own: LockLevel, partitioned: boolean, isCheck: boolean, setsNotNull: boolean): LockLevel | undefined {
  switch (cmd.subtype) {
    case 'AT_AddColumn':
    case 'AT_DropColumn':
    case 'AT_ColumnDefault':
    case 'AT_DropNotNull':
    case 'AT_SetNotNull':
    case 'AT_SetStatistics':
    case 'AT_SetStorage':
    case 'AT_AlterColumnType':
    case 'AT_SetExpression':
    case 'AT_DropExpression':
    case 'AT_ValidateConstraint':
      return own;
    case 'AT_DropConstraint':
      // only CHECKs are inherited by inheritance children; a partition has copies of every kind
      return partitioned || isCheck ? own : undefined;
    case 'AT_AddConstraint': {
      const c = cmd.def && 'Constraint' in cmd.def ? cmd.def.Constraint : undefined;
      if (c?.contype === 'CONSTR_CHECK') return c.is_no_inherit ? undefined : own;
      // a primary key's implicit SET NOT NULL reaches partitions and inheritance children alike
      if (c?.contype === 'CONSTR_PRIMARY' && setsNotNull) return 'AccessExclusive';
      if (!partitioned) return undefined;
      return c?.contype === 'CONSTR_FOREIGN' ? own : 'Share';
    }
    default:
      // trigger switches reach the partitions' clones of the trigger
      return TRIGGER_SWITCHES.has(cmd.subtype ?? '') && partitioned ? own : undefined;
  }
}

/** The locks on the descendants of `table` an ALTER TABLE without ONLY takes with `cmds`. */
function descendantLocks(s: AlterTableStmt, table: RelationRef, opts: LockOptions): RelationLock[] {
  if (s.objtype !== 'OBJECT_TABLE' || !s.relation?.inh || !opts.descendants) return [];
  const tree = opts.descendants(table);
  if (!tree?.tables.length) return [];
  let level: LockLevel | undefined;
  for (const c of s.cmds ?? []) {
    if (!('AlterTableCmd' in c)) continue;
    const own = alterTableCmdLock(c.AlterTableCmd, table, opts).level;
    const isCheck = !!c.AlterTableCmd.name && !!opts.isCheck?.(table, c.AlterTableCmd.name);
    const def = c.AlterTableCmd.def;
    const pk = c.AlterTableCmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def && def.Constraint.contype === 'CONSTR_PRIMARY' ? def.Constraint : undefined;
    const setsNotNull = !!pk && primaryKeyNotNull(pk, table, opts).sets;
    level = strongerLock(level, descendantLock(c.AlterTableCmd, own, tree.partitioned, isCheck, setsNotNull));
  }
  if (!level) return [];
  const via = tree.partitioned ? 'partition' : 'child';
  return tree.tables.map((relation) => ({ relation, level: level!, descendant: via }));
}

// ---------------------------------------------------------------------------------------------
// Whole statements

function info(level: LockLevel | undefined, relations: RelationLock[], extra: Partial<LockInfo> = {}): LockInfo {
  return { level, relations, rewrite: false, scan: false, notes: [], ...extra };
}

function alterTableLock(s: AlterTableStmt, opts: LockOptions): LockInfo {
  const table = relOf(s.relation);
  const out = info(undefined, []);
  if (s.objtype === 'OBJECT_INDEX') {
    // ALTER INDEX: locks the index, not the table; only SET TABLESPACE copies data.
    const moves = (s.cmds ?? []).some((c) => 'AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_SetTableSpace');
    return moves ? info('AccessExclusive', [], { rewrite: true, notes: ['moves the index'] }) : out;
  }
  let own: LockLevel | undefined;
  for (const c of s.cmds ?? []) {
    if (!('AlterTableCmd' in c)) continue;
    const l = alterTableCmdLock(c.AlterTableCmd, table, opts);
    own = strongerLock(own, l.level);
    out.rewrite ||= l.rewrite;
    out.scan ||= l.scan;
    if (l.note && !out.notes.includes(l.note)) out.notes.push(l.note);
    for (const o of l.others ?? []) out.relations.push(o);
  }
  if (own) out.relations.unshift({ relation: table, level: own }, ...descendantLocks(s, table, opts));
  for (const r of out.relations) out.level = strongerLock(out.level, r.level);
  if (s.objtype === 'OBJECT_FOREIGN_TABLE' || s.objtype === 'OBJECT_TYPE') {
    // no storage of its own: a foreign table's rows live on the remote server (PostgreSQL neither
    // rewrites nor checks them), a composite type is only a catalogue entry
    out.rewrite = false;
    out.scan = false;
    out.notes = [];
  }
  return out;
}

/** The locks a top-level statement takes. Unknown or lock-free statements give `level: undefined`. */
export function lockOf(node: Node, opts: LockOptions = {}): LockInfo {
  const pg = opts.pgVersion ?? 15;
  if ('AlterTableStmt' in node) return alterTableLock(node.AlterTableStmt, opts);
  if ('IndexStmt' in node) {
    const s = node.IndexStmt;
    const conc = !!s.concurrent;
    // ON ONLY a partitioned table builds nothing: the partitions' indexes are attached to it
    const only = !!s.relation && !s.relation.inh;
    return info(conc ? 'ShareUpdateExclusive' : 'Share', [{ relation: relOf(s.relation), level: conc ? 'ShareUpdateExclusive' : 'Share' }], {
      scan: !only,
      notes: only ? [] : ['index build'],
    });
  }
  if ('CreateStmt' in node) {
    const s = node.CreateStmt;
    const rels: RelationLock[] = [];
    for (const e of s.tableElts ?? []) {
      const cons = 'ColumnDef' in e ? constraintsOf(e.ColumnDef) : 'Constraint' in e ? [e.Constraint] : [];
      for (const c of cons) if (c.contype === 'CONSTR_FOREIGN' && c.pktable) rels.push({ relation: relOf(c.pktable), level: 'ShareRowExclusive' });
    }
    for (const p of s.inhRelations ?? []) if ('RangeVar' in p) rels.push({ relation: relOf(p.RangeVar), level: s.partbound ? 'AccessExclusive' : 'ShareUpdateExclusive' });
    return info(rels.reduce<LockLevel | undefined>((a, r) => strongerLock(a, r.level), undefined), rels);
  }
  if ('DropStmt' in node) {
    const s = node.DropStmt;
    const conc = !!s.concurrent;
    if (s.removeType === 'OBJECT_TABLE' || s.removeType === 'OBJECT_MATVIEW' || s.removeType === 'OBJECT_VIEW') {
      const rels = (s.objects ?? []).map((o) => ({ relation: namesToRel('List' in o ? o.List.items : []), level: 'AccessExclusive' as const }));
      return info('AccessExclusive', rels);
    }
    if (s.removeType === 'OBJECT_RULE') {
      // DROP RULE r ON rel: ACCESS EXCLUSIVE on the relation
      const rels = (s.objects ?? []).map((o) => ({ relation: namesToRel('List' in o ? (o.List.items ?? []).slice(0, -1) : []), level: 'AccessExclusive' as const }));
      return info('AccessExclusive', rels);
    }
    if (s.removeType === 'OBJECT_INDEX') {
      const level: LockLevel = conc ? 'ShareUpdateExclusive' : 'AccessExclusive';
      const rels = (s.objects ?? []).map((o) => {
        const idx = namesToRel('List' in o ? o.List.items : []);
        return { relation: opts.indexTable?.(idx) ?? idx, level };
      });
      return info(level, rels);
    }
    return info(undefined, []);
  }
  if ('ReindexStmt' in node) {
    const s = node.ReindexStmt;
    const conc = pg >= 12 && reindexConcurrently(s);
    const level: LockLevel = conc ? 'ShareUpdateExclusive' : 'Share';
    let rel = relOf(s.relation);
    if (s.kind === 'REINDEX_OBJECT_INDEX') rel = opts.indexTable?.(rel) ?? rel;
    const rels = s.relation ? [{ relation: rel, level }] : [];
    return info(level, rels, { scan: true, notes: ['index rebuild'] });
  }
  if ('ClusterStmt' in node) {
    const rels = node.ClusterStmt.relation ? [{ relation: relOf(node.ClusterStmt.relation), level: 'AccessExclusive' as const }] : [];
    return info('AccessExclusive', rels, { rewrite: true, notes: ['CLUSTER rewrites the table'] });
  }
  if ('VacuumStmt' in node) {
    const s = node.VacuumStmt;
    if (!s.is_vacuumcmd) return info('ShareUpdateExclusive', vacuumRels(s.rels, 'ShareUpdateExclusive'));
    const full = (s.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full' && !isFalse(o.DefElem.arg));
    const level: LockLevel = full ? 'AccessExclusive' : 'ShareUpdateExclusive';
    return info(level, vacuumRels(s.rels, level), { rewrite: full, notes: full ? ['VACUUM FULL rewrites the table'] : [] });
  }
  if ('TruncateStmt' in node) {
    const rels = (node.TruncateStmt.relations ?? []).flatMap((r) => ('RangeVar' in r ? [{ relation: relOf(r.RangeVar), level: 'AccessExclusive' as const }] : []));
    return info('AccessExclusive', rels, { notes: ['deletes every row'] });
  }
  if ('RenameStmt' in node) {
    const s = node.RenameStmt;
    if (!s.relation) return info(undefined, []);
    const level: LockLevel = s.renameType === 'OBJECT_INDEX' && pg >= 12 ? 'ShareUpdateExclusive' : 'AccessExclusive';
    return info(level, [{ relation: relOf(s.relation), level }]);
  }
  if ('RuleStmt' in node) return info('AccessExclusive', ruleLocks(node.RuleStmt));
  if ('CreateTrigStmt' in node) {
    const rel = node.CreateTrigStmt.relation;
    return info('ShareRowExclusive', rel ? [{ relation: relOf(rel), level: 'ShareRowExclusive' }] : []);
  }
  if ('CreateStatsStmt' in node) {
    // extended statistics: like ANALYZE, blocks schema changes and VACUUM but not reads or writes
    const rel = (node.CreateStatsStmt.relations ?? []).map((r) => (r as { RangeVar?: RangeVar }).RangeVar).find(Boolean);
    return info('ShareUpdateExclusive', rel ? [{ relation: relOf(rel), level: 'ShareUpdateExclusive' }] : []);
  }
  if ('CreatePublicationStmt' in node || 'AlterPublicationStmt' in node) {
    // CREATE / ALTER PUBLICATION … ADD / SET / DROP TABLE: SHARE UPDATE EXCLUSIVE on each table named
    // (pg_locks on PostgreSQL 15); TABLES IN SCHEMA and SET (…) lock no table
    const body = Object.values(node)[0] as { pubobjects?: Node[] };
    const rels = (body.pubobjects ?? []).flatMap((o) => {
      const r = (o as { PublicationObjSpec?: { pubtable?: { relation?: RangeVar } } }).PublicationObjSpec?.pubtable?.relation;
      return r ? [{ relation: relOf(r), level: 'ShareUpdateExclusive' as const }] : [];
    });
    return info(rels.length ? 'ShareUpdateExclusive' : undefined, rels);
  }
  if ('CreatePolicyStmt' in node || 'AlterPolicyStmt' in node) {
    const rel = 'CreatePolicyStmt' in node ? node.CreatePolicyStmt.table : (node as { AlterPolicyStmt: { table?: RangeVar } }).AlterPolicyStmt.table;
    return info('AccessExclusive', rel ? [{ relation: relOf(rel), level: 'AccessExclusive' }] : []);
  }
  if ('LockStmt' in node) {
    const s = node.LockStmt;
    const level = LOCK_LEVELS[(s.mode ?? 8) - 1] ?? 'AccessExclusive';
    return info(level, (s.relations ?? []).flatMap((r) => ('RangeVar' in r ? [{ relation: relOf(r.RangeVar), level }] : [])));
  }
  if ('InsertStmt' in node || 'UpdateStmt' in node || 'DeleteStmt' in node || 'MergeStmt' in node) {
    const body = Object.values(node)[0] as { relation?: RangeVar };
    return info('RowExclusive', body.relation ? [{ relation: relOf(body.relation), level: 'RowExclusive' }] : []);
  }
  return info(undefined, []);
}

/**
 * CREATE RULE: ACCESS EXCLUSIVE on the relation, ROW EXCLUSIVE on the actions' targets and ACCESS
 * SHARE on every other relation the condition or the actions read, while they are analysed (seen in
 * pg_locks on PostgreSQL 15). A WITH query's name and the rule's NEW / OLD are not relations.
 */
function ruleLocks(s: RuleStmt): RelationLock[] {
  const rels: RelationLock[] = s.relation ? [{ relation: relOf(s.relation), level: 'AccessExclusive' }] : [];
  const add = (r: RelationRef, level: LockLevel) => {
    const seen = rels.find((x) => x.relation.name === r.name && x.relation.schema === r.schema);
    if (!seen) rels.push({ relation: r, level });
    else seen.level = strongerLock(seen.level, level)!;
  };
  for (const a of s.actions ?? []) {
    const target = 'InsertStmt' in a || 'UpdateStmt' in a || 'DeleteStmt' in a ? (Object.values(a)[0] as { relation?: RangeVar }).relation : undefined;
    if (target) add(relOf(target), 'RowExclusive');
  }
  const ctes = new Set<string>();
  visitNodes([s.whereClause, s.actions], (n) => {
    if (n.CommonTableExpr) ctes.add(n.CommonTableExpr.ctename);
  });
  visitNodes([s.whereClause, s.actions], (n) => {
    const rv = n.RangeVar as RangeVar | undefined;
    if (!rv?.relname) return;
    if (!rv.schemaname && (ctes.has(rv.relname) || rv.relname === 'new' || rv.relname === 'old')) return;
    add(relOf(rv), 'AccessShare');
  });
  return rels;
}

function vacuumRels(rels: Node[] | undefined, level: LockLevel): RelationLock[] {
  return (rels ?? []).flatMap((r) => ('VacuumRelation' in r && r.VacuumRelation.relation ? [{ relation: relOf(r.VacuumRelation.relation), level }] : []));
}

function isFalse(n: Node | undefined): boolean {
  if (!n) return false;
  if ('String' in n) return /^(false|off|0)$/i.test(n.String.sval ?? '');
  if ('Integer' in n) return !n.Integer.ival;
  if ('A_Const' in n) return !!n.A_Const.boolval && !n.A_Const.boolval.boolval;
  return false;
}

/** Lock options backed by a catalogue: current column types, index owners, type canonicalisation. */
export function catalogLockOptions(cat: Catalog, pgVersion = 15): LockOptions {
  return {
    pgVersion,
    currentType: (table, column) => resolveTable(cat, table)?.columns.get(truncateIdent(column))?.type,
    virtualColumn: (table, column) => !!resolveTable(cat, table)?.columns.get(truncateIdent(column))?.virtual,
    indexTable: (idx) => {
      const i = resolveIndex(cat, idx.schema, idx.name);
      return i ? { schema: i.schema, name: i.table } : undefined;
    },
    typeOf: (t) => typeFromNode(t, cat),
    foreignKeyTarget: (table, name) => {
      const k = resolveTable(cat, table)?.constraints.get(truncateIdent(name));
      return k?.kind === 'foreign' ? { schema: k.refSchema, name: k.refTable } : undefined;
    },
    descendants: (table) => {
      const t = resolveTable(cat, table);
      return t && { partitioned: !!t.partitionBy, tables: descendants(cat, t) };
    },
    isCheck: (table, name) => resolveTable(cat, table)?.constraints.get(truncateIdent(name))?.kind === 'check',
    indexColumns: (table, name) => {
      // USING INDEX looks the index up in the table's schema
      const t = resolveTable(cat, table);
      const i = t ? cat.indexes.get(`${t.schema}.${truncateIdent(name)}`) : undefined;
      return i && i.table === t!.name ? i.keys.map((k) => k.column) : undefined;
    },
    nullability: (table, column) => columnNullability(resolveTable(cat, table), truncateIdent(column)),
  };
}

/** One line for an annotation comment, e.g. `ACCESS EXCLUSIVE on public.cases; rewrites the table`. */
export function describeLock(l: LockInfo): string {
  if (!l.level) return 'no table lock';
  const byRel = l.relations.map((r) => `${lockSqlName(r.level)} on ${r.relation.schema ? `${r.relation.schema}.` : ''}${r.relation.name}`);
  const parts = [byRel.length ? byRel.join(', ') : lockSqlName(l.level)];
  if (l.rewrite) parts.push('rewrites the table');
  else if (l.scan) parts.push('scans the table');
  return parts.join('; ');
}
