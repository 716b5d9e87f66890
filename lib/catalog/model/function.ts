/** Functions and procedures in the catalogue. Identity is `schema.name(argument types)`, as in PostgreSQL. */
import type { Acl, Expr, Origin, TypeRef } from './base.js';
import type { Dependencies } from './view.js';

export type ArgMode = 'in' | 'out' | 'inout' | 'variadic' | 'table';

export interface FunctionArg {
  name?: string;
  mode: ArgMode;
  type: TypeRef;
  default?: Expr;
}

export interface Func {
  schema: string;
  name: string;
  kind: 'function' | 'procedure';
  args: FunctionArg[];
  /** Functions only: the return type (RETURNS TABLE is `SETOF record` with `table` arguments). */
  returns?: { type: TypeRef; setof: boolean };
  language: string;
  /** The body string of `AS '…'` as written (compared trimmed); C functions: `AS 'file', 'symbol'` gives two. */
  body?: string[];
  /** A SQL-standard body (`BEGIN ATOMIC … END` or `RETURN expr`), normalised. */
  sqlBody?: Expr;
  volatility: 'volatile' | 'stable' | 'immutable';
  strict: boolean;
  securityDefiner: boolean;
  leakproof: boolean;
  parallel: 'unsafe' | 'restricted' | 'safe';
  window: boolean;
  /** Only when different from PostgreSQL's default for the language / result (1 for C and internal, else 100). */
  cost?: string;
  /** Only when different from the default (1000 for set-returning functions). */
  rows?: string;
  /** SET configuration options, in the order written: `[name, value]`, value as PostgreSQL stores it. */
  set: [string, string][];
  /** SUPPORT: the planner support function, `schema.name(internal)` returning internal (function-support.ts). */
  support?: { schema: string; name: string };
  /**
   * CREATE AGGREGATE: its options (`sfunc`, `stype`, …) sorted by name, values canonical (aggregate.ts).
   * `direct`: an ordered-set or hypothetical-set aggregate's count of direct arguments (aggnumdirectargs);
   * the other arguments are its `ORDER BY` ones. `args` is pg_proc's list, where `VARIADIC "any" ORDER BY
   * VARIADIC "any"` is one argument.
   */
  aggregate?: { options: [string, string][]; direct?: number };
  /**
   * What the body needs at creation: what a SQL body reads, the types a PL/pgSQL body declares (only a
   * SQL-standard body's are dependencies PostgreSQL records; other languages are not checked at creation).
   */
  deps: Dependencies;
  comment?: string;
  /** Privileges and owner (catalog/privilege.ts, owner.ts). */
  acl?: Acl;
  owner?: string;
  origin?: Origin;
}
