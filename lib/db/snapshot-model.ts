/** What `snapshotSchema` reads from pg_catalog: plain data, compared by the proofs. */

export interface SchemaSnapshot {
  schemas: Record<string, { owner: string; acl: string[]; comment?: string }>;
  extensions: Record<string, { schema: string; version: string }>;
  collations: Record<string, { owner: string; properties: Record<string, unknown>; comment?: string }>;
  /** Text search dictionaries (template, options as stored) and configurations (parser, dictionaries by token type). */
  tsDictionaries: Record<string, Record<string, unknown>>;
  tsConfigs: Record<string, Record<string, unknown>>;
  types: Record<string, TypeSnapshot>;
  sequences: Record<string, SequenceSnapshot>;
  tables: Record<string, RelationSnapshot>;
  views: Record<string, RelationSnapshot>;
  functions: Record<string, FunctionSnapshot>;
  defaultPrivileges: Record<string, { acl: string[] }>;
  eventTriggers: Record<string, Record<string, unknown>>;
  /** Publications by name: options, member tables (column list, row filter) and TABLES IN SCHEMA. */
  publications: Record<string, Record<string, unknown>>;
  /** Casts keyed `source AS target`: function (regprocedure), context (e / a / i), method (f / b / i). */
  casts: Record<string, Record<string, unknown>>;
  /** Extended statistics objects: PostgreSQL's own CREATE STATISTICS text (its column list apart, by name) and the target. */
  statistics: Record<string, { definition: string; on: string; kinds: string[]; columns?: string[]; expressions?: string[]; owner: string; target?: number; comment?: string }>;
  /** Operators keyed `schema.name(left,right)`; families and classes keyed `schema.name USING method`, families with every member. */
  operators: Record<string, Record<string, unknown>>;
  operatorFamilies: Record<string, Record<string, unknown>>;
  operatorClasses: Record<string, Record<string, unknown>>;
}

export interface TypeSnapshot {
  kind: 'enum' | 'domain' | 'composite' | 'range';
  owner: string;
  acl: string[];
  comment?: string;
  labels?: string[];
  baseType?: string;
  default?: string;
  notNull?: boolean;
  collation?: string;
  constraints?: Record<string, ConstraintSnapshot>;
  attributes?: { name: string; type: string; collation?: string }[];
  range?: Record<string, string>;
}

export interface SequenceSnapshot {
  owner: string;
  type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  persistence: string;
  ownedBy?: { table: string; column: string; identity: boolean };
  acl: string[];
  comment?: string;
}

export interface RelationSnapshot {
  kind: string;
  owner: string;
  persistence: string;
  partitionKey?: string;
  partitionBound?: string;
  inherits?: string[];
  rowSecurity: boolean;
  forceRowSecurity: boolean;
  replicaIdentity: string;
  /** pg_class.relam of a table or materialized view when not heap. */
  accessMethod?: string;
  options?: string[];
  definition?: string;
  acl: string[];
  comment?: string;
  columns: Record<string, ColumnSnapshot>;
  constraints: Record<string, ConstraintSnapshot>;
  /** `parent`: the partitioned index (`schema.name`) a partition's index is attached to. */
  indexes: Record<string, { definition: string; valid: boolean; clustered: boolean; replicaIdentity: boolean; parent?: string; statistics?: Record<string, number>; comment?: string }>;
  triggers: Record<string, { definition: string; enabled: string; comment?: string }>;
  policies: Record<string, PolicySnapshot>;
  rules: Record<string, { definition: string; enabled: string; comment?: string }>;
}

export interface ColumnSnapshot {
  type: string;
  notNull: boolean;
  /** PostgreSQL 18: NOT NULL added NOT VALID. */
  notNullNotValid?: true;
  default?: string;
  identity?: string;
  generated?: string;
  collation?: string;
  storage?: string;
  compression?: string;
  /** ALTER COLUMN … SET STATISTICS n (absent: the default). */
  statistics?: number;
  acl?: string[];
  comment?: string;
}

export interface ConstraintSnapshot {
  definition: string;
  validated: boolean;
  comment?: string;
}

export interface PolicySnapshot {
  command: string;
  permissive: boolean;
  roles: string[];
  using?: string;
  check?: string;
  comment?: string;
}

export interface FunctionSnapshot {
  kind: string;
  owner: string;
  definition?: string;
  aggregate?: Record<string, string>;
  acl: string[];
  comment?: string;
}
