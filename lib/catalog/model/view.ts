/** Views and materialized views in the catalogue. */
import type { Acl, Expr, Origin, TypeRef } from './base.js';

/** What a view (or a SQL function body) reads: relations, their columns, functions and types, as catalogue keys. */
export interface Dependencies {
  /** `schema.name` of tables, views and materialized views. */
  relations: string[];
  /** `schema.table.column`. */
  columns: string[];
  /** `schema.name` of called functions (any overload; unqualified calls resolve through the search path). */
  functions: string[];
  /** `schema.name` of user types named in casts. */
  types: string[];
}

/**
 * A view's options as PostgreSQL stores them: security_barrier and security_invoker keep the value
 * written (`true`, `false`, `on`, `0`, …; `true` when written without one), so an explicit false is
 * a setting of its own, not the absence of one; unset when never set or RESET.
 */
export interface ViewOptions {
  securityBarrier?: string;
  securityInvoker?: string;
  checkOption?: 'local' | 'cascaded';
}

export interface View {
  schema: string;
  name: string;
  materialized: boolean;
  /** The defining query, normalised (a SelectStmt / set operation, without locations). */
  query: Expr;
  /** Output column names, in order (a column list `CREATE VIEW v (a, b)` is folded into the query's output names). */
  columns: string[];
  /** Output column types where analysis can tell them (columns read as they are, casts). */
  columnTypes?: (TypeRef | undefined)[];
  options: ViewOptions;
  /** Other WITH (…) storage options of a materialized view, as written (`fillfactor=50`). */
  storage: string[];
  /** Materialized views: USING am or the session's default_table_access_method (pg_class.relam); absent: heap. */
  accessMethod?: string;
  /** Materialized views: ALTER … ALTER COLUMN c SET COMPRESSION pglz | lz4, by column; absent: the default. */
  columnCompression?: Record<string, string>;
  /** Materialized views: populated at creation (WITH DATA, the default). */
  withData: boolean;
  deps: Dependencies;
  comment?: string;
  /** Privileges and owner (catalog/privilege.ts, owner.ts). */
  acl?: Acl;
  owner?: string;
  columnComments: Map<string, string>;
  /** Defaults of view columns (ALTER VIEW … ALTER COLUMN … SET DEFAULT): what INSERT and UPDATE through the view use. */
  columnDefaults: Map<string, Expr>;
  origin?: Origin;
}

export function emptyDependencies(): Dependencies {
  return { relations: [], columns: [], functions: [], types: [] };
}
