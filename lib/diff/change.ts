/**
 * The closed union of schema changes. `diff` produces them, `plan` orders them and attaches
 * hazards, `emit` has exactly one renderer per kind (a missing one is a compile error).
 */
import type { ObjectChange } from './change-objects.js';
import type { ViewChange } from './change-views.js';
import type { ReplicaIdentity } from '../catalog/model/catalog.js';
import type { OperatorChange } from './change-operators.js';
import type { TextSearchChange } from './change-text-search.js';
import type { CastChange } from './change-casts.js';
import type { PublicationChange } from './change-publication.js';
import type { Column, ColumnStorage, View, Constraint, EnumType, Extension, Index, SchemaObj, Sequence, SequenceOptions, StatisticsObject, Table, TypeRef } from '../catalog/model/catalog.js';

export type HazardKind = 'deletes-data' | 'rewrites-table' | 'scans-table' | 'builds-index' | 'may-fail' | 'changes-data' | 'irreversible' | 'breaks-readers';

export interface Hazard {
  kind: HazardKind;
  message: string;
}

/** What a COMMENT ON targets. */
export type CommentTarget =
  | { kind: 'schema'; name: string }
  | { kind: 'table'; schema: string; name: string }
  | { kind: 'column'; schema: string; table: string; name: string }
  | { kind: 'index'; schema: string; name: string }
  | { kind: 'sequence'; schema: string; name: string }
  | { kind: 'type'; schema: string; name: string }
  | { kind: 'constraint'; schema: string; table: string; name: string }
  | { kind: 'domain_constraint'; schema: string; domain: string; name: string }
  /** An attribute of a composite type (COMMENT ON COLUMN type.attribute). */
  | { kind: 'attribute'; schema: string; type: string; name: string }
  | { kind: 'collation'; schema: string; name: string }
  | { kind: 'text search dictionary' | 'text search configuration'; schema: string; name: string }
  | { kind: 'policy'; schema: string; table: string; name: string }
  | { kind: 'publication'; name: string }
  | { kind: 'view' | 'materialized view'; schema: string; name: string }
  | { kind: 'view column'; relation: 'view' | 'materialized view'; schema: string; table: string; name: string }
  | { kind: 'function' | 'procedure'; schema: string; name: string; args: TypeRef[]; aggregate?: true; orderedSet?: OrderedSetArgs }
  | { kind: 'trigger'; schema: string; table: string; name: string }
  | { kind: 'rule'; schema: string; table: string; name: string }
  | { kind: 'statistics'; schema: string; name: string }
  | { kind: 'operator'; schema: string; name: string; left?: TypeRef; right: TypeRef }
  | { kind: 'operator class' | 'operator family'; schema: string; name: string; method: string }
  | { kind: 'cast'; source: TypeRef; target: TypeRef }
  | { kind: 'event trigger'; name: string };

/** An ordered-set aggregate's signature: how many arguments are direct, and whether the last is VARIADIC. */
export type OrderedSetArgs = { direct: number; variadic: boolean };

type TableRef = { table: Table };
type ColumnRef = TableRef & { column: Column };

export type Change =
  | ObjectChange
  | ViewChange
  | OperatorChange
  | TextSearchChange
  | PublicationChange
  | CastChange
  | { kind: 'create_schema'; schema: SchemaObj }
  | { kind: 'drop_schema'; schema: SchemaObj }
  | { kind: 'create_extension'; extension: Extension }
  | { kind: 'drop_extension'; extension: Extension }
  /** `from`: the version installed before (an older target has no update path: see lib/plan/extension-version.ts). */
  | { kind: 'alter_extension_version'; extension: Extension; from?: string }
  | { kind: 'create_enum'; type: EnumType }
  | { kind: 'drop_enum'; type: EnumType }
  | { kind: 'add_enum_value'; type: EnumType; value: string; before?: string; after?: string }
  | { kind: 'recreate_enum'; type: EnumType; from: EnumType; columns: { table: Table; column: Column; fromColumn: Column }[] }
  | { kind: 'create_sequence'; sequence: Sequence }
  | { kind: 'drop_sequence'; sequence: Sequence }
  | { kind: 'alter_sequence'; sequence: Sequence; from: SequenceOptions }
  /** `release`: OWNED BY NONE before the owning column or table is dropped (or re-created), so the sequence survives it. */
  | { kind: 'set_sequence_owner'; sequence: Sequence; release?: boolean }
  /**
   * `later`: keys not written in CREATE TABLE but added by their own add_constraint changes: one
   * PostgreSQL would merge into an equal key of the statement (redundant-keys.ts), or one a partition's
   * ATTACH could adopt (attach-rivals.ts).
   */
  /** `inheritedGeneration`: columns a table that INHERITS declares itself whose generation expression is a parent's: written without it (pg_dump's form; PostgreSQL 15 rejects it restated). */
  | ({ kind: 'create_table'; later?: string[]; inheritedGeneration?: string[] } & TableRef)
  | ({ kind: 'drop_table' } & TableRef)
  | ({ kind: 'set_unlogged'; unlogged: boolean } & TableRef)
  /** ALTER TABLE … REPLICA IDENTITY; `identity` absent: DEFAULT. */
  | ({ kind: 'set_replica_identity'; identity?: ReplicaIdentity; afterAttach?: true } & TableRef)
  /** ALTER TABLE ONLY … SET (`set`) / RESET (`reset`): storage parameters. */
  | ({ kind: 'set_table_storage'; set: string[]; reset: string[] } & TableRef)
  | ({ kind: 'add_column' } & ColumnRef)
  /** `only`: ALTER TABLE ONLY, so the children keep their copies as their own (inherited-columns.ts). */
  | ({ kind: 'drop_column'; only?: true } & ColumnRef)
  /** `noCast`: no conversion exists between the two types (lib/catalog/query/casts.ts): USING gets a placeholder for the reviewer. */
  | ({ kind: 'alter_column_type'; from: Column; using: boolean; noCast?: boolean } & ColumnRef)
  | ({ kind: 'set_not_null' } & ColumnRef)
  | ({ kind: 'drop_not_null' } & ColumnRef)
  /** `only`: ALTER TABLE ONLY, so descendants keep defaults of their own (inherited-defaults.ts). */
  | ({ kind: 'set_default'; only?: true } & ColumnRef)
  | ({ kind: 'drop_default'; only?: true } & ColumnRef)
  | ({ kind: 'add_identity' } & ColumnRef)
  | ({ kind: 'drop_identity' } & ColumnRef)
  | ({ kind: 'alter_identity'; from: Column } & ColumnRef)
  /** ALTER COLUMN … SET EXPRESSION AS (…), PostgreSQL 17+: `column.generated` is the new expression; `from` the old column. */
  | ({ kind: 'set_expression'; from: Column } & ColumnRef)
  /** ALTER COLUMN … DROP EXPRESSION, PostgreSQL 13+: a STORED generated column becomes plain and keeps its values. */
  | ({ kind: 'drop_expression' } & ColumnRef)
  /** ALTER TABLE ONLY … SET STATISTICS: `column.statistics` (absent: back to the default). */
  | ({ kind: 'set_column_statistics' } & ColumnRef)
  /** `storage`: the column's, or its type's default when the column has none (SET STORAGE DEFAULT is PostgreSQL 16+). */
  /** ALTER TABLE … SET ACCESS METHOD (the table's, heap when it has none): rewrites the table. */
  | { kind: 'set_access_method'; table: Table }
  | ({ kind: 'set_column_storage'; storage: ColumnStorage } & ColumnRef)
  | ({ kind: 'set_column_compression' } & ColumnRef)
  /** ALTER MATERIALIZED VIEW … ALTER COLUMN c SET COMPRESSION (`compression` absent: default). */
  | { kind: 'set_matview_compression'; view: View; column: string; compression?: string }
  /**
   * `afterAttach`: run after the table's ATTACH PARTITION, so that the ATTACH cannot adopt it (attach-rivals.ts); also on the kinds below.
   * `only`: ALTER TABLE ONLY, a partitioned table's key its partitions' keys are attached to one by one (index-attachments.ts).
   */
  | ({ kind: 'add_constraint'; constraint: Constraint; usingIndex?: string; afterAttach?: true; only?: true } & TableRef)
  | ({ kind: 'drop_constraint'; constraint: Constraint } & TableRef)
  | ({ kind: 'validate_constraint'; constraint: Constraint } & TableRef)
  /** ALTER CONSTRAINT: a foreign key's deferrability or (PostgreSQL 18) enforcement changes; `from` is the old state. */
  | ({ kind: 'alter_constraint'; constraint: Constraint; from: Constraint } & TableRef)
  /**
   * ALTER INDEX … RESET (`reset`, names) / SET (`set`, `name=value`): the storage parameters of a
   * PRIMARY KEY / UNIQUE / EXCLUDE constraint's index, in place (no rebuild; not on a partitioned table).
   */
  | ({ kind: 'set_constraint_storage'; constraint: Constraint; set: string[]; reset: string[] } & TableRef)
  /** `only`: CREATE INDEX … ON ONLY a partitioned table, then ALTER INDEX … ATTACH PARTITION each of `attach`. */
  | { kind: 'create_index'; index: Index; concurrently?: boolean; only?: boolean; attach?: { schema: string; name: string }[]; afterAttach?: true }
  /**
   * `cascade`: partitions' keys whose indexes are attached to this (plain) partitioned index. Neither
   * can be dropped alone (2BP01 both ways), so DROP INDEX … CASCADE takes them, after the foreign keys
   * referencing them are dropped.
   */
  | { kind: 'drop_index'; index: Index; concurrently?: boolean; cascade?: { table: Table; constraint: Constraint }[] }
  /** ALTER INDEX … ALTER COLUMN `column` (1-based key number) SET STATISTICS `target` (absent: the default). */
  | { kind: 'cluster_on'; table: Table; index: Index }
  | { kind: 'set_without_cluster'; table: Table }
  | { kind: 'set_index_statistics'; index: Index; column: number; target?: number; afterAttach?: true }
  | { kind: 'create_statistics'; statistics: StatisticsObject }
  | { kind: 'drop_statistics'; statistics: StatisticsObject }
  | { kind: 'alter_statistics_target'; statistics: StatisticsObject }
  | { kind: 'set_comment'; target: CommentTarget; text: string | undefined; afterAttach?: true };

export type ChangeKind = Change['kind'];
export type ChangeOf<K extends ChangeKind> = Extract<Change, { kind: K }>;
