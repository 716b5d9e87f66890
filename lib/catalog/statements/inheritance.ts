/**
 * What a child table (a partition, or a table that INHERITS) receives from its parent, as PostgreSQL
 * gives it: columns (with defaults, NOT NULL, generation expressions; not identity), CHECK constraints
 * under the parent's names, and for partitions also the parent's keys (PRIMARY KEY / UNIQUE / EXCLUDE
 * under names chosen for the partition, `p1_pkey`), foreign keys (the parent's names) and indexes
 * (`p1_a_idx`, attached to the parent's). ALTER TABLE on a parent reaches its children the same way.
 */
import type { AlterTableCmd } from '@pgsql/types';
import type { Catalog, Column, Constraint, Index, Table } from '../model/catalog.js';
import { exprColumnName, chooseName, indexNameTaken, nameAddition } from '../query/names.js';
import { removeColumn, removeConstraint } from './dependents.js';
import { childrenOf } from '../query/children.js';
import { cloneTriggersTo } from './trigger-clones.js';

const key = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;

/** The parents of a table, as `schema.name` keys. */
export function parentKeys(t: Table): string[] {
  if (t.partitionOf) return [`${t.partitionOf.schema}.${t.partitionOf.table}`];
  return (t.inherits ?? []).map(key);
}

export function cloneColumn(c: Column): Column {
  const { identity: _i, comment: _c, acl: _a, inherited: _h, statistics: _s, ...rest } = structuredClone(c);
  return { ...rest, inherited: { local: false } };
}

/**
 * Index definitions PostgreSQL matches when it attaches a partition's index to its parent's
 * (CompareIndexInfo: keys, method, uniqueness, predicate, operator classes, collations). ASC / DESC
 * and NULLS FIRST / LAST are not compared: on PostgreSQL 15 and 18 an index (b DESC, a DESC) of a
 * partition is attached to the parent's (b, a DESC) when it comes first. Operator-class parameters
 * are not compared either: on both, a partition's (a tsvector_ops (siglen=9)) is attached to the
 * parent's (a tsvector_ops (siglen=8)).
 */
export function sameIndexDefinition(a: Index, b: Index): boolean {
  const def = (i: Index) => JSON.stringify([i.unique, i.method, i.nullsNotDistinct, i.include, i.where?.key ?? null,
    i.keys.map((k) => [k.column ?? null, k.expr?.key ?? null, k.opclass ?? null, k.collation ?? null])]);
  return def(a) === def(b);
}

/** The name PostgreSQL gives a partition's copy of a parent index (ChooseIndexName on the partition). */
function childIndexName(cat: Catalog, child: Table, idx: Index, label: string): string {
  const cols = [...idx.keys.map((k) => k.column ?? exprColumnName(k.expr?.node)), ...idx.include];
  return chooseName(child.name, label === 'pkey' ? undefined : nameAddition(cols), label, (n) => indexNameTaken(cat, child.schema, n, label !== 'idx'));
}

/** The indexes on a table, in catalogue order (one pass over the catalogue's indexes). */
function indexesOn(cat: Catalog, t: Table): Index[] {
  const out: Index[] = [];
  for (const i of cat.indexes.values()) if (i.schema === t.schema && i.table === t.name) out.push(i);
  return out;
}

/**
 * How a partition's existing index is matched to a parent's. `sameKind`: ATTACH PARTITION on
 * PostgreSQL 17 and later adopts a key only for a key of the same kind (a PRIMARY KEY for a PRIMARY
 * KEY); before 17, and for CREATE INDEX / ADD CONSTRAINT on the parent in every version, any key does.
 */
export interface AdoptOptions {
  sameKind?: boolean;
  /** Adopt nothing: the partition was created after the statement (bind applies statements by phase, see partition.ts `adoptionAt`). */
  none?: boolean;
}

/** AdoptOptions per child table (a statement on a parent reaching its partitions). */
export type AdoptionFor = (child: Table) => AdoptOptions;

/** The kind of the constraint an index backs, if any. */
function backedKind(cat: Catalog, i: Index): Constraint['kind'] | undefined {
  return i.constraint ? cat.tables.get(`${i.schema}.${i.table}`)?.constraints.get(i.constraint)?.kind : undefined;
}

/**
 * The partition's index PostgreSQL adopts for the parent's `idx`: the first equal one not attached
 * yet; for a constraint's index it must back a constraint too (of the same kind with `sameKind`),
 * while a plain parent index adopts a key's index as well (that key stays the partition's own).
 */
function adoptable(cat: Catalog, childIndexes: Index[], idx: Index, opts: AdoptOptions): Index | undefined {
  if (opts.none) return undefined;
  const kind = backedKind(cat, idx);
  return childIndexes.find((i) => {
    if (i.parent || !sameIndexDefinition(i, idx)) return false;
    if (!idx.constraint) return true;
    return !!i.constraint && (!opts.sameKind || backedKind(cat, i) === kind);
  });
}

/**
 * Give a partition the parent's index `idx`: adopt an equal index it has, or create one. Returns the
 * child's index. `childIndexes`: the child's indexes when the caller has them (kept up to date here),
 * so that attaching a partition to a parent with many indexes does not scan the catalogue per index.
 */
export function cloneIndexTo(cat: Catalog, child: Table, idx: Index, childIndexes: Index[] = indexesOn(cat, child), opts: AdoptOptions = {}): Index | undefined {
  const parentKey = key(idx);
  // already attached (an adopted partitioned index brings its partitions' indexes with it)
  const attached = childIndexes.find((i) => i.parent === parentKey);
  if (attached) return attached;
  const existing = adoptable(cat, childIndexes, idx, opts);
  if (existing) {
    existing.parent = parentKey;
    if (existing.constraint && idx.constraint) {
      const c = child.constraints.get(existing.constraint);
      if (c) c.inherited = { local: false }; // a partition's constraints are never its own (PostgreSQL: conislocal false)
    }
    return existing;
  }
  if (idx.constraint) return undefined; // constraint-backed: created with the constraint
  const copy: Index = { ...structuredClone({ ...idx, origin: undefined }), table: child.name, schema: child.schema, parent: parentKey };
  delete copy.comment;
  delete copy.origin;
  delete copy.clustered;
  for (const k of copy.keys) delete k.statistics;
  copy.name = childIndexName(cat, child, idx, 'idx');
  cat.indexes.set(key(copy), copy);
  childIndexes.push(copy);
  return copy;
}

/**
 * An index written for a partition before the ATTACH PARTITION that bind applied first: ATTACH
 * adopts an equal index, so it replaces the copy of the parent's index the partition was given.
 */
export function takeOverClone(cat: Catalog, idx: Index): void {
  const clone = [...cat.indexes.values()].find((i) => i !== idx && i.schema === idx.schema && i.table === idx.table && i.parent && !i.origin && !i.constraint && sameIndexDefinition(i, idx));
  if (!clone) return;
  const from = key(clone);
  cat.indexes.delete(from);
  idx.parent = clone.parent;
  retargetIndexParent(cat, from, key(idx));
}

/** Give a child the parent's constraint `con` (CHECKs to every child; keys and foreign keys to partitions). */
export function cloneConstraintTo(cat: Catalog, parent: Table, child: Table, con: Constraint, childIndexes?: Index[], opts: AdoptOptions = {}): Constraint | undefined {
  const partition = !!child.partitionOf;
  if (con.kind === 'check' && con.noInherit) return undefined;
  if (con.kind !== 'check' && !partition) return undefined;
  if (con.kind === 'check' || con.kind === 'foreign') {
    const same = child.constraints.get(con.name);
    if (same) {
      same.inherited = { local: !partition }; // merged with the child's own (a partition's is never its own)
      return same;
    }
    const copy = { ...structuredClone({ ...con, origin: undefined }), inherited: { local: false } } as Constraint;
    delete copy.comment;
    delete copy.origin;
    child.constraints.set(copy.name, copy);
    return copy;
  }
  // PRIMARY KEY / UNIQUE / EXCLUDE: the partition's own constraint and index, attached to the parent's
  const parentIdx = cat.indexes.get(`${parent.schema}.${con.name}`);
  if (parentIdx) {
    const adopted = cloneIndexTo(cat, child, parentIdx, childIndexes, opts);
    if (adopted) return adopted.constraint ? child.constraints.get(adopted.constraint) : undefined;
  }
  const label = con.kind === 'primary' ? 'pkey' : con.kind === 'unique' ? 'key' : 'excl';
  const name = parentIdx ? childIndexName(cat, child, parentIdx, label) : chooseName(child.name, undefined, label, (n) => indexNameTaken(cat, child.schema, n, true));
  const copy = { ...structuredClone({ ...con, origin: undefined }), name, inherited: { local: false } } as Constraint;
  delete copy.comment;
  delete copy.origin;
  child.constraints.set(name, copy);
  if (parentIdx) {
    const idx: Index = { ...structuredClone({ ...parentIdx, origin: undefined }), schema: child.schema, name, table: child.name, constraint: name, parent: key(parentIdx) };
    delete idx.comment;
    delete idx.origin;
    cat.indexes.set(key(idx), idx);
    childIndexes?.push(idx);
  }
  return copy;
}

/** Give a new child everything it inherits from `parent` besides columns (constraints, and indexes for partitions). */
export function inheritObjects(cat: Catalog, parent: Table, child: Table, opts: AdoptOptions = {}): void {
  const childIndexes = indexesOn(cat, child);
  for (const con of parent.constraints.values()) {
    if (con.kind !== 'foreign') cloneConstraintTo(cat, parent, child, con, childIndexes, opts);
  }
  for (const con of parent.constraints.values()) if (con.kind === 'foreign') cloneConstraintTo(cat, parent, child, con, childIndexes);
  if (child.partitionOf) {
    for (const idx of indexesOn(cat, parent)) if (!idx.constraint) cloneIndexTo(cat, child, idx, childIndexes, opts);
    cloneTriggersTo(cat, parent, child);
  }
}

/** What ALTER TABLE changed on the parent, to repeat on its children. */
export interface ParentState {
  constraints: Set<string>;
}

export function parentState(t: Table): ParentState {
  return { constraints: new Set(t.constraints.keys()) };
}

/**
 * Repeat an ALTER TABLE subcommand applied to `parent` on its children (and theirs), as PostgreSQL
 * does without ONLY. `before` is the parent's state before the subcommand.
 */
export function propagateToChildren(cat: Catalog, parent: Table, cmd: AlterTableCmd, before: ParentState, adoption?: AdoptionFor): void {
  const children = childrenOf(cat, parent);
  if (!children.length) return;
  const name = cmd.name ?? '';
  for (const child of children) {
    const childBefore = parentState(child);
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        for (const [n, col] of parent.columns) {
          if (child.columns.has(n)) {
            const mine = child.columns.get(n)!;
            if (!mine.inherited) mine.inherited = { local: true };
          } else child.columns.set(n, cloneColumn(col));
        }
        break;
      }
      case 'AT_DropColumn': {
        const c = child.columns.get(name);
        if (!c || parent.columns.has(name)) break;
        // PostgreSQL decrements attinhcount: the copy stays while another parent has the column or the child declares it
        if (inheritedFromParents(cat, child, name)) break;
        if (c.inherited && !c.inherited.local) removeColumn(cat, child, c, true);
        else delete c.inherited;
        break;
      }
      case 'AT_AlterColumnType':
      case 'AT_ColumnDefault':
      case 'AT_SetNotNull':
      case 'AT_DropNotNull':
      case 'AT_SetExpression':
      case 'AT_DropExpression': {
        const p = parent.columns.get(name);
        const c = child.columns.get(name);
        if (!p || !c) break;
        if (cmd.subtype === 'AT_AlterColumnType') { c.type = structuredClone(p.type); delete c.storage; delete c.compression; if (p.collation) c.collation = p.collation; else delete c.collation; }
        if (cmd.subtype === 'AT_ColumnDefault') { if (p.default) c.default = structuredClone(p.default); else delete c.default; }
        if (cmd.subtype === 'AT_SetNotNull') c.notNull = true;
        if (cmd.subtype === 'AT_DropNotNull') c.notNull = false;
        // a new generation expression, or none, reaches the children's copies of the column
        if (cmd.subtype === 'AT_SetExpression' && p.generated) c.generated = structuredClone(p.generated);
        if (cmd.subtype === 'AT_DropExpression' && !p.generated) delete c.generated;
        break;
      }
      case 'AT_DropConstraint': {
        const clone = [...child.constraints.values()].find((c) => c.inherited && (c.name === name || cat.indexes.get(`${child.schema}.${c.name}`)?.parent === `${parent.schema}.${name}`));
        if (clone && !clone.inherited?.local) {
          // a partition's key has a name of its own: its partitions' copies are found under that name
          if (clone.name !== name) propagateToChildren(cat, child, { ...cmd, name: clone.name }, childBefore, adoption);
          removeConstraint(cat, child, clone.name, true);
        } else if (clone) delete clone.inherited;
        break;
      }
      case 'AT_SetStorage': {
        // SET COMPRESSION stays on the named table (PostgreSQL 15 and 18)
        const p = parent.columns.get(name);
        const c = child.columns.get(name);
        if (!p || !c) break;
        if (p.storage === undefined) delete c.storage;
        else c.storage = p.storage;
        break;
      }
      case 'AT_SetStatistics': {
        const p = parent.columns.get(name);
        const c = child.columns.get(name);
        if (!p || !c) break;
        if (p.statistics === undefined) delete c.statistics;
        else c.statistics = p.statistics;
        break;
      }
      case 'AT_ValidateConstraint': {
        const c = child.constraints.get(name);
        if (c) c.notValid = false;
        break;
      }
      default:
        break;
    }
    // constraints the subcommand added to the parent (ADD CONSTRAINT, ADD COLUMN … CHECK / UNIQUE, …)
    for (const [n, con] of parent.constraints) {
      if (before.constraints.has(n)) continue;
      cloneConstraintTo(cat, parent, child, con, undefined, adoption?.(child));
      // a new primary key makes its columns NOT NULL in every descendant, partition or INHERITS child (15 and 18 alike)
      if (con.kind === 'primary') keyColumnsNotNull(cat, child, con.columns);
    }
    propagateToChildren(cat, child, cmd, childBefore, adoption);
  }
}

/** Does a parent of `child` (other than `except`) have column `name` (PostgreSQL: attinhcount > 0)? */
export function inheritedFromParents(cat: Catalog, child: Table, name: string, except?: Table): boolean {
  return parentKeys(child).some((k) => {
    const p = cat.tables.get(k);
    return !!p && p !== except && p.columns.has(name);
  });
}

/**
 * ALTER TABLE ONLY parent DROP COLUMN: the direct children keep their copies as columns of their own
 * (PostgreSQL: attinhcount - 1, attislocal true); grandchildren are untouched (their parent keeps it).
 */
export function dropColumnOnly(cat: Catalog, parent: Table, name: string): void {
  for (const child of childrenOf(cat, parent)) {
    const c = child.columns.get(name);
    if (!c?.inherited) continue;
    if (inheritedFromParents(cat, child, name)) c.inherited = { local: true };
    else delete c.inherited;
  }
}

/**
 * A CHECK added NOT VALID to a parent reaches its existing children NOT VALID, but a child created
 * afterwards (CREATE TABLE … PARTITION OF / INHERITS) gets a valid copy: a new table has no rows to
 * check. Under bind, which applies CREATE TABLE before ALTER TABLE, `createdLater` says which
 * children were written after the statement; their copies (and their own children's) are valid.
 */
export function validChecksOfLaterChildren(cat: Catalog, parent: Table, before: ParentState, createdLater: (t: Table) => boolean): void {
  const added = [...parent.constraints.values()].filter((c) => c.kind === 'check' && c.notValid && !before.constraints.has(c.name));
  if (!added.length) return;
  const walk = (t: Table, later: boolean) => {
    for (const child of childrenOf(cat, t)) {
      const childLater = later || createdLater(child);
      if (childLater) {
        for (const con of added) {
          const copy = child.constraints.get(con.name);
          if (copy?.kind === 'check' && copy.inherited) copy.notValid = false;
        }
      }
      walk(child, childLater);
    }
  };
  walk(parent, false);
}

/** `t`'s columns `columns`, and its descendants', NOT NULL (what a parent's new primary key does to them). */
function keyColumnsNotNull(cat: Catalog, t: Table, columns: string[]): void {
  for (const n of columns) {
    const c = t.columns.get(n);
    if (c) c.notNull = true;
  }
  for (const child of childrenOf(cat, t)) keyColumnsNotNull(cat, child, columns);
}

/** CREATE INDEX on a partitioned table (without ONLY): every partition gets (or adopts) its copy. */
export function propagateIndex(cat: Catalog, table: Table, idx: Index, adoption?: AdoptionFor): void {
  if (!table.partitionBy) return;
  for (const child of childrenOf(cat, table)) {
    if (!child.partitionOf) continue;
    const copy = cloneIndexTo(cat, child, idx, undefined, adoption?.(child));
    if (copy) propagateIndex(cat, child, copy, adoption);
  }
}

/**
 * DROP INDEX of a partitioned index takes its partitions' indexes; an attached partition index cannot
 * be dropped alone. A partition's key whose index is attached to it depends on it: the drop is refused
 * unless CASCADE, which takes the key (and foreign keys referencing it) too.
 */
export function dropIndexTree(cat: Catalog, idx: Index, cascade = false): string | undefined {
  if (idx.parent && cat.indexes.has(idx.parent)) return `cannot drop index ${idx.name} because index ${idx.parent} requires it`;
  const k = `${idx.schema}.${idx.name}`;
  const tree: [string, Index][] = [];
  const collect = (key: string) => {
    for (const [ck, c] of cat.indexes) if (c.parent === key) { tree.push([ck, c]); collect(ck); }
  };
  collect(k);
  const keys = tree.filter(([, c]) => c.constraint);
  if (keys.length && !cascade) return `cannot drop index ${idx.name} because other objects depend on it: ${keys.map(([, c]) => `constraint ${c.constraint} on table ${c.table}`).join(', ')}`;
  for (const [, c] of keys) {
    const t = cat.tables.get(`${c.schema}.${c.table}`);
    if (t) removeConstraint(cat, t, c.constraint!, true);
  }
  cat.indexes.delete(k);
  for (const [ck] of tree) cat.indexes.delete(ck);
  return undefined;
}

/** A parent table renamed or moved: its children follow. */
export function retargetParent(cat: Catalog, from: { schema: string; name: string }, to: { schema: string; name: string }): void {
  for (const c of cat.tables.values()) {
    if (c.partitionOf?.schema === from.schema && c.partitionOf.table === from.name) c.partitionOf = { ...c.partitionOf, schema: to.schema, table: to.name };
    if (c.inherits) c.inherits = c.inherits.map((p) => (p.schema === from.schema && p.name === from.name ? { schema: to.schema, name: to.name } : p));
  }
}

/** A partitioned index renamed or moved: the partitions' indexes stay attached. */
export function retargetIndexParent(cat: Catalog, from: string, to: string): void {
  for (const i of cat.indexes.values()) if (i.parent === from) i.parent = to;
}
