/**
 * Publications (logical replication): database-wide objects, keyed by name. Membership is stored as
 * PostgreSQL stores it (pg_publication_rel, pg_publication_namespace): one entry per table, with
 * inheritance children expanded when the table was named without ONLY (partitions are not: the
 * partitioned table stands for them), and the schemas of TABLES IN SCHEMA.
 */
import type { Expr, Origin } from './base.js';

/** The operations published, in PostgreSQL's order. */
export const PUBLISH_ACTIONS = ['insert', 'update', 'delete', 'truncate'] as const;
export type PublishAction = (typeof PUBLISH_ACTIONS)[number];

export interface PublicationTable {
  schema: string;
  name: string;
  /** The column list (PostgreSQL 15), in table column order as PostgreSQL stores it; unset: every column. */
  columns?: string[];
  /** The row filter (PostgreSQL 15). */
  where?: Expr;
}

export interface Publication {
  name: string;
  /** FOR ALL TABLES: no table or schema membership; changing it needs the publication created again. */
  allTables: boolean;
  /** `publish`, in PostgreSQL's order (all four by default). */
  publish: PublishAction[];
  /** `publish_via_partition_root`. */
  viaRoot: boolean;
  /** Member tables keyed `schema.name`. */
  tables: Map<string, PublicationTable>;
  /** Schemas of TABLES IN SCHEMA, sorted. */
  schemas: string[];
  /** ALTER PUBLICATION … OWNER TO: compared only with manageOwnership. */
  owner?: string;
  comment?: string;
  origin?: Origin;
}
