/**
 * The catalogue: plain data keyed by qualified name. Built by `bind` (schema files, any order)
 * and `replay` (a chain, in order). Names are stored exactly as PostgreSQL stores them
 * (folded, truncated to 63 bytes); keys come from `key()`.
 */
import type { Operator, OperatorClass, OperatorFamily } from './operator.js';
import type { Node } from '@pgsql/types';
import type { Span } from '../../source/diagnostic.js';
import type { View } from './view.js';
import type { Func } from './function.js';
import type { Trigger } from './trigger.js';
import type { Rule } from './rule.js';
import type { TsConfig, TsDictionary } from './text-search.js';
import type { Publication } from './publication.js';
import type { Cast, EventTrigger } from './cast.js';

export type { View } from './view.js';
export type { Func } from './function.js';
export type { Trigger } from './trigger.js';
export type { TsConfig, TsDictionary } from './text-search.js';
export type { Publication, PublicationTable, PublishAction } from './publication.js';
export type { Cast, CastContext, EventTrigger } from './cast.js';
export type { Rule, RuleEvent } from './rule.js';
import type { Acl, AclEntry, Expr, Origin, TypeRef } from './base.js';
export type { Acl, AclEntry, Expr, Origin, TypeRef } from './base.js';




export interface SequenceOptions {
  /** smallint | integer | bigint */
  dataType: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
}

export interface Identity {
  kind: 'always' | 'by default';
  /** The implicit sequence's name (PostgreSQL names it `<table>_<column>_seq`). */
  sequenceName: string;
  options: SequenceOptions;
}

/** Column storage (pg_attribute.attstorage). */
export type ColumnStorage = 'plain' | 'external' | 'extended' | 'main';

export interface Column {
  name: string;
  type: TypeRef;
  notNull: boolean;
  default?: Expr;
  identity?: Identity;
  /** GENERATED ALWAYS AS (expr) STORED, or VIRTUAL when `virtual` is set. */
  generated?: Expr;
  /**
   * GENERATED … VIRTUAL (PostgreSQL 18: computed when read, nothing stored; pg_attribute.attgenerated
   * 'v', and the kind a generated column without STORED gets there); absent: STORED ('s').
   */
  virtual?: true;
  /** Qualified collation name when not the type's default. */
  collation?: string;
  comment?: string;
  /** Statistics target (ALTER COLUMN … SET STATISTICS n); absent: the system default. */
  statistics?: number;
  /** ALTER COLUMN … SET STORAGE when not the type's default (typstorage, query/type-storage.ts); absent: the default. */
  storage?: ColumnStorage;
  /** COMPRESSION pglz | lz4 (attcompression); absent: default_toast_compression at the time of writing. */
  compression?: string;
  /** Column-level privileges (GRANT SELECT (c) ON t). */
  acl?: Acl;
  /** Comes from a parent table (partition or INHERITS); `local` when the child declares it too. */
  inherited?: Inherited;
}

export type FkAction = 'no action' | 'restrict' | 'cascade' | 'set null' | 'set default';

export interface ConstraintBase {
  name: string;
  deferrable: boolean;
  initiallyDeferred: boolean;
  /** NOT VALID: added without checking existing rows. */
  notValid: boolean;
  /** PostgreSQL 18 NOT ENFORCED (CHECK, FOREIGN KEY); absent: enforced. */
  enforced?: false;
  comment?: string;
  origin?: Origin;
  /** Cloned from (or merged with) a parent table's constraint. */
  inherited?: Inherited;
}

/**
 * Storage parameters of the index a PRIMARY KEY / UNIQUE / EXCLUDE constraint builds (`WITH (fillfactor=70)`),
 * as on `Index.options` (`name=value`, written order) and kept equal to its backing index's; absent when none.
 * (`USING INDEX TABLESPACE` is not modelled, as tablespaces of plain indexes are not.)
 */
export interface IndexConstraintOptions {
  options?: string[];
}

export interface PrimaryKeyConstraint extends ConstraintBase, IndexConstraintOptions {
  kind: 'primary';
  columns: string[];
  include: string[];
  /** PostgreSQL 18: the last column is a range compared WITHOUT OVERLAPS (backed by a GiST index). */
  withoutOverlaps?: boolean;
}
export interface UniqueConstraint extends ConstraintBase, IndexConstraintOptions {
  kind: 'unique';
  columns: string[];
  include: string[];
  nullsNotDistinct: boolean;
  withoutOverlaps?: boolean;
}
export interface CheckConstraint extends ConstraintBase {
  kind: 'check';
  expr: Expr;
  noInherit: boolean;
}
export interface ForeignKeyConstraint extends ConstraintBase {
  kind: 'foreign';
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
  onUpdate: FkAction;
  onDelete: FkAction;
  match: 'simple' | 'full' | 'partial';
  /** PostgreSQL 18: the last columns on both sides are PERIOD columns (a temporal foreign key). */
  period?: boolean;
}
export interface ExcludeConstraint extends ConstraintBase, IndexConstraintOptions {
  kind: 'exclude';
  method: string;
  /** The raw constraint node (normalised, without its WITH and USING INDEX TABLESPACE) — rendered by the deparser. */
  expr: Expr;
}
export type Constraint = PrimaryKeyConstraint | UniqueConstraint | CheckConstraint | ForeignKeyConstraint | ExcludeConstraint;

export interface Table {
  schema: string;
  name: string;
  /** Column order as created (appended columns go last, as in PostgreSQL). */
  columns: Map<string, Column>;
  constraints: Map<string, Constraint>;
  unlogged: boolean;
  /** Storage parameters (WITH (fillfactor=50)), `name=value` sorted; absent when none. */
  storage?: string[];
  comment?: string;
  origin?: Origin;
  owner?: string;
  acl?: Acl;
  rowSecurity?: boolean;
  forceRowSecurity?: boolean;
  policies?: Map<string, Policy>;
  /** PARTITION BY: this table is partitioned. */
  partitionBy?: PartitionSpec;
  /** PARTITION OF / ATTACH PARTITION: this table is a partition of `schema.table`. */
  partitionOf?: { schema: string; table: string; bound: PartitionBound };
  /** INHERITS (…), in order. */
  inherits?: { schema: string; name: string }[];
  /** ALTER TABLE … REPLICA IDENTITY; absent: DEFAULT (the primary key). */
  replicaIdentity?: ReplicaIdentity;
  /** CREATE TABLE … USING am / SET ACCESS METHOD (pg_class.relam); absent: heap (the default_table_access_method). */
  accessMethod?: string;
}

/** What logical decoding logs of a row's old version: FULL, NOTHING, or the key of a unique index. */
export type ReplicaIdentity = { kind: 'full' } | { kind: 'nothing' } | { kind: 'index'; index: string };

export interface IndexKey {
  column?: string;
  expr?: Expr;
  collation?: string;
  opclass?: string;
  /** The operator class's parameters (`siglen=9`) as PostgreSQL stores them; with them the class is kept even when it is the default. */
  opclassOptions?: string[];
  desc: boolean;
  /** Normalised: true when NULLS FIRST (the default for DESC). */
  nullsFirst: boolean;
  /** Statistics target of an expression key (ALTER INDEX … ALTER COLUMN n SET STATISTICS). */
  statistics?: number;
}

export interface Index {
  schema: string;
  name: string;
  table: string;
  unique: boolean;
  method: string;
  keys: IndexKey[];
  include: string[];
  where?: Expr;
  nullsNotDistinct: boolean;
  /** Set when the index backs a PRIMARY KEY / UNIQUE / EXCLUDE constraint of the same name. */
  constraint?: string;
  comment?: string;
  origin?: Origin;
  /** `schema.name` of the partitioned index this partition's index is attached to. */
  parent?: string;
  /** Storage parameters (WITH …) as `name=value`. */
  options?: string[];
  /** ALTER TABLE … CLUSTER ON it (or CLUSTER … USING it): the one index of its table CLUSTER uses (pg_index.indisclustered). */
  clustered?: true;
}

export interface Sequence {
  schema: string;
  name: string;
  options: SequenceOptions;
  ownedBy?: { schema: string; table: string; column: string };
  comment?: string;
  origin?: Origin;
  owner?: string;
  acl?: Acl;
}

export interface EnumType {
  schema: string;
  name: string;
  values: string[];
  comment?: string;
  origin?: Origin;
  owner?: string;
  acl?: Acl;
}

export interface DomainConstraint {
  name: string;
  expr: Expr;
  notValid: boolean;
  comment?: string;
}

export interface DomainType {
  schema: string;
  name: string;
  baseType: TypeRef;
  collation?: string;
  default?: Expr;
  notNull: boolean;
  /** Named CHECK constraints (unnamed ones get PostgreSQL's implicit `<domain>_check` names). */
  constraints: Map<string, DomainConstraint>;
  comment?: string;
  origin?: Origin;
  owner?: string;
  acl?: Acl;
}

export interface CompositeAttribute {
  name: string;
  type: TypeRef;
  collation?: string;
  /** COMMENT ON COLUMN type.attribute (pg_dump prints it). */
  comment?: string;
}

export interface CompositeType {
  schema: string;
  name: string;
  attributes: CompositeAttribute[];
  comment?: string;
  origin?: Origin;
  owner?: string;
  acl?: Acl;
}

export interface RangeType {
  schema: string;
  name: string;
  subtype: TypeRef;
  /** Qualified names as written, `pg_catalog.` dropped; unset = the subtype's default. */
  opclass?: string;
  collation?: string;
  canonical?: string;
  subtypeDiff?: string;
  /** The multirange type's name (always set: PostgreSQL's default when not written). */
  multirange: string;
  comment?: string;
  origin?: Origin;
  owner?: string;
  acl?: Acl;
}

export interface Collation {
  schema: string;
  name: string;
  provider: string;
  /** icu / builtin locale. */
  locale?: string;
  /** libc categories (LOCALE = x sets both). */
  lcCollate?: string;
  lcCtype?: string;
  deterministic: boolean;
  rules?: string;
  /**
   * CREATE COLLATION … FROM existing: the source collation, qualified as written. The properties are
   * the copied ones (what pg_dump prints), unless `fromUnresolved`: then the source's name compares.
   */
  from?: string;
  fromUnresolved?: true;
  comment?: string;
  origin?: Origin;
  owner?: string;
}

/** The parent side of an inherited column or constraint; `local` when the child defines it too. */
export interface Inherited {
  local: boolean;
}



export type DefaultPrivilegeObjects = 'tables' | 'sequences' | 'functions' | 'types' | 'schemas';

/** ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] … ON <objects>. */
export interface DefaultPrivilege {
  /** Unset: the role that runs the migrations. */
  role?: string;
  schema?: string;
  objects: DefaultPrivilegeObjects;
  /** Granted privileges; for database-wide entries, relative to PostgreSQL's built-in defaults (PUBLIC EXECUTE on functions, USAGE on types). */
  acl: Acl;
  origin?: Origin;
}

export type PolicyCommand = 'all' | 'select' | 'insert' | 'update' | 'delete';

export interface Policy {
  name: string;
  permissive: boolean;
  command: PolicyCommand;
  /** Role names sorted; 'public' for PUBLIC (the default). */
  roles: string[];
  using?: Expr;
  check?: Expr;
  comment?: string;
  origin?: Origin;
}

export interface PartitionKey {
  column?: string;
  expr?: Expr;
  collation?: string;
  opclass?: string;
}

export interface PartitionSpec {
  strategy: 'range' | 'list' | 'hash';
  keys: PartitionKey[];
}

/**
 * FOR VALUES … or DEFAULT. Datums are stored as their literal text (casts dropped, as PostgreSQL
 * converts them to the key type), with `MINVALUE`, `MAXVALUE` and `NULL` as keywords in a `{ keyword }` datum.
 */
export interface PartitionBound {
  kind: 'default' | 'range' | 'list' | 'hash';
  from?: PartitionDatum[];
  to?: PartitionDatum[];
  values?: PartitionDatum[];
  modulus?: number;
  remainder?: number;
}

export type PartitionDatum = { value: string } | { keyword: 'MINVALUE' | 'MAXVALUE' | 'NULL' } | { expr: Expr };

export interface Extension {
  name: string;
  schema?: string;
  version?: string;
  origin?: Origin;
}

/** The statistics kinds of CREATE STATISTICS, in PostgreSQL's order. */
export type StatisticsKind = 'ndistinct' | 'dependencies' | 'mcv';

/** An extended statistics object (CREATE STATISTICS). */
export interface StatisticsObject {
  schema: string;
  name: string;
  table: { schema: string; name: string };
  /** The kinds it builds; all three when the statement names none (expression statistics come with expressions). */
  kinds: StatisticsKind[];
  /** Plain columns (PostgreSQL keeps them in column order, then the expressions). */
  columns: string[];
  exprs: Expr[];
  /** ALTER STATISTICS … SET STATISTICS n; absent: the default. */
  target?: number;
  comment?: string;
  origin?: Origin;
}

export interface SchemaObj {
  name: string;
  comment?: string;
  origin?: Origin;
  owner?: string;
  acl?: Acl;
}

export interface Catalog {
  schemas: Map<string, SchemaObj>;
  extensions: Map<string, Extension>;
  enums: Map<string, EnumType>;
  domains: Map<string, DomainType>;
  composites: Map<string, CompositeType>;
  ranges: Map<string, RangeType>;
  collations: Map<string, Collation>;
  sequences: Map<string, Sequence>;
  tables: Map<string, Table>;
  indexes: Map<string, Index>;
  /** Keyed `role|schema|objects` (empty parts when unset). */
  defaultPrivileges: Map<string, DefaultPrivilege>;
  /** Views and materialized views, keyed `schema.name` (they share the relation namespace with tables). */
  views: Map<string, View>;
  /** Functions and procedures, keyed `schema.name(identity argument types)`. */
  functions: Map<string, Func>;
  /** Triggers, keyed `schema.table.name`. */
  triggers: Map<string, Trigger>;
  /** Rewrite rules other than views' "_RETURN", keyed `schema.relation.name`. */
  rules: Map<string, Rule>;
  /** Extended statistics objects, keyed `schema.name`. */
  statistics: Map<string, StatisticsObject>;
  /** Operators keyed `schema.name(left,right)`; operator families and classes keyed `schema.name USING method` (operator-model.ts). */
  operators: Map<string, Operator>;
  opfamilies: Map<string, OperatorFamily>;
  opclasses: Map<string, OperatorClass>;
  /** Text search dictionaries and configurations, keyed `schema.name` (text-search.ts). */
  tsDictionaries: Map<string, TsDictionary>;
  tsConfigs: Map<string, TsConfig>;
  /** Publications, keyed by name (database-wide; publication.ts). */
  publications: Map<string, Publication>;
  /** Casts keyed by their type pair (`castKey`, lib/catalog/query/user-casts.ts); event triggers keyed by name (cast.ts). */
  casts: Map<string, Cast>;
  eventTriggers: Map<string, EventTrigger>;
  /** `-- pgshift:renamed-from` hints of schema files (bind only). */
  renameHints?: RenameHint[];
  /** Schemas searched for unqualified names; the first is where unqualified objects are created. */
  searchPath: string[];
  /** The search_path each session starts with, and RESET search_path goes back to (the configured default schema). */
  defaultSearchPath?: string[];
  /** `SET default_table_access_method` (session state, like searchPath); unset: heap. */
  defaultTableAccessMethod?: string;
  /** The role `SET ROLE` made current (session state, like searchPath); unset: the role running the migrations. */
  sessionRole?: string;
  /**
   * The name of the role running the migrations (config `migrationRole`), which owns what they create
   * without OWNER TO: a GRANT or REVOKE naming it on such an object is one to the owner. Unset: not
   * known, named `current_user`.
   */
  migrationRole?: string;
}

/** The key of a schema-qualified object in the catalogue maps. */
export function key(schema: string, name: string): string {
  return `${schema}.${name}`;
}

export function emptyCatalog(defaultSchema = 'public'): Catalog {
  return {
    schemas: new Map([[defaultSchema, { name: defaultSchema }]]),
    extensions: new Map(),
    enums: new Map(),
    domains: new Map(),
    composites: new Map(),
    ranges: new Map(),
    collations: new Map(),
    sequences: new Map(),
    tables: new Map(),
    indexes: new Map(),
    defaultPrivileges: new Map(),
    views: new Map(),
    functions: new Map(),
    triggers: new Map(),
    rules: new Map(),
    statistics: new Map(),
    operators: new Map(),
    opfamilies: new Map(),
    opclasses: new Map(),
    tsDictionaries: new Map(),
    tsConfigs: new Map(),
    publications: new Map(),
    casts: new Map(),
    eventTriggers: new Map(),
    searchPath: [defaultSchema],
    defaultSearchPath: [defaultSchema],
  };
}

/** A deep copy, so a lint context or a chain step can keep a snapshot. */
export function cloneCatalog(c: Catalog): Catalog {
  return structuredClone(c);
}

/** A `-- pgshift:renamed-from` hint of a schema file (collected by lib/catalog/hints.ts). */
export type RenameHintKind = 'table' | 'column' | 'index' | 'constraint' | 'view' | 'type' | 'enum_value';

export interface RenameHint {
  kind: RenameHintKind;
  schema: string;
  /** Columns and constraints: their table; enum values: their type. */
  parent?: string;
  /** The name in the schema files (after the rename). */
  name: string;
  /** The name before. */
  from: string;
  origin: Origin;
}
