/** The leaf types every catalogue object uses: where it was defined, type references, expressions, ACLs. */
import type { Node } from '@pgsql/types';
import type { Span } from '../../source/diagnostic.js';

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
  /** The expression as written (locations stripped, nextval() qualified): what emit prints, so PostgreSQL stores exactly what the schema says. */
  source?: Node;
  /**
   * The search_path the expression was written under, while a function it calls unqualified is not
   * yet known there (bind applies tables before functions): its names are bound at the end of bind
   * (query/expr-qualify.ts `settleExprNames`), and this is removed.
   */
  path?: string[];
}

/**
 * One privilege held by a grantee: a role name, 'public' for PUBLIC, 'current_user' for the role
 * running the migrations when its name is not configured, or '' for the object's owner, whoever
 * that is (lib/catalog/query/acl.ts `OWNER`).
 */
export interface AclEntry {
  grantee: string;
  /** SELECT, INSERT, …, or ALL (kept as written: its expansion differs across server versions). */
  privilege: string;
  grantable: boolean;
}

/** Privileges of an object as PostgreSQL stores them (the owner's included), sorted; unset = PostgreSQL's default for the object's kind (acldefault). */
export type Acl = AclEntry[];
