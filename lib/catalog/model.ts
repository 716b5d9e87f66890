/**
 * The catalogue: plain data keyed by qualified name. Built by `bind` (schema files, any order)
 * and `replay` (a chain, in order). Names are stored exactly as PostgreSQL stores them
 * (folded, truncated to 63 bytes); keys come from `key()`.
 */
import type { Node } from '@pgsql/types';
import type { Span } from '../source/diagnostic.js';

/** Where an object was defined: for messages that point at the source. */
export interface Origin {
  file: string;
  span: Span;
}

/** A canonical type reference. Builtins carry no schema; their `name` is PostgreSQL's display name (`integer`, `character varying`). */
export interface TypeRef {
  schema?: string;
  name: string;
  /** Type modifiers as printed, e.g. ['255'] or ['10', '2']. */
  mods: string[];
  arrayDims: number;
}

/** A normalised expression: the parse tree without locations, and its canonical key for comparison. */
export interface Expr {
  node: Node;
  key: string;
}

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

export interface Column {
  name: string;
  type: TypeRef;
  notNull: boolean;
  default?: Expr;
  identity?: Identity;
  /** GENERATED ALWAYS AS (expr) STORED */
  generated?: Expr;
  /** Qualified collation name when not the type's default. */
  collation?: string;
  comment?: string;
}

export type FkAction = 'no action' | 'restrict' | 'cascade' | 'set null' | 'set default';

export interface ConstraintBase {
  name: string;
  deferrable: boolean;
  initiallyDeferred: boolean;
  /** NOT VALID: added without checking existing rows. */
  notValid: boolean;
  comment?: string;
  origin?: Origin;
}

export interface PrimaryKeyConstraint extends ConstraintBase {
  kind: 'primary';
  columns: string[];
  include: string[];
}
export interface UniqueConstraint extends ConstraintBase {
  kind: 'unique';
  columns: string[];
  include: string[];
  nullsNotDistinct: boolean;
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
}
export interface ExcludeConstraint extends ConstraintBase {
  kind: 'exclude';
  method: string;
  /** The raw constraint node (normalised) — rendered by the deparser. */
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
  comment?: string;
  origin?: Origin;
}

export interface IndexKey {
  column?: string;
  expr?: Expr;
  collation?: string;
  opclass?: string;
  desc: boolean;
  /** Normalised: true when NULLS FIRST (the default for DESC). */
  nullsFirst: boolean;
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
}

export interface Sequence {
  schema: string;
  name: string;
  options: SequenceOptions;
  ownedBy?: { schema: string; table: string; column: string };
  comment?: string;
  origin?: Origin;
}

export interface EnumType {
  schema: string;
  name: string;
  values: string[];
  comment?: string;
  origin?: Origin;
}

export interface Extension {
  name: string;
  schema?: string;
  version?: string;
  origin?: Origin;
}

export interface SchemaObj {
  name: string;
  comment?: string;
  origin?: Origin;
}

export interface Catalog {
  schemas: Map<string, SchemaObj>;
  extensions: Map<string, Extension>;
  enums: Map<string, EnumType>;
  sequences: Map<string, Sequence>;
  tables: Map<string, Table>;
  indexes: Map<string, Index>;
  /** Schemas searched for unqualified names; the first is where unqualified objects are created. */
  searchPath: string[];
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
    sequences: new Map(),
    tables: new Map(),
    indexes: new Map(),
    searchPath: [defaultSchema],
  };
}

/** A deep copy, so a lint context or a chain step can keep a snapshot. */
export function cloneCatalog(c: Catalog): Catalog {
  return structuredClone(c);
}
