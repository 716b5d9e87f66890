/** What introspection reads (rows per query) and writes (canonical DDL statements). */
type Row = Record<string, any>;

export type DdlKind = 'schema' | 'extension' | 'type' | 'function' | 'sequence' | 'table' | 'constraint' | 'view' | 'index' | 'trigger' | 'rule' | 'policy' | 'comment' | 'privilege' | 'default_privileges';

export interface DdlStatement {
  /** The schema the object lives in ('' for extensions and database-wide default privileges). */
  schema: string;
  kind: DdlKind;
  /** The object the statement belongs to, `schema.name` (tables: their constraints and comments too). */
  object: string;
  sql: string;
}

export type IntrospectRows = Record<string, Row[]>;
