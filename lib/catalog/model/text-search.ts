/**
 * Text search dictionaries and configurations. Names of other text search objects are stored in
 * one form: a pg_catalog object bare (`simple`, `english_stem`, `default`), any other `schema.name`.
 * Parsers and templates (C functions, superuser only) are not modelled: a configuration or a
 * dictionary names them.
 */
import type { Origin } from './base.js';

export interface TsDictionary {
  schema: string;
  name: string;
  /** The template (`simple`, `snowball`, … or `schema.name`). */
  template: string;
  /** The template's options as PostgreSQL stores them (dictinitoption): name lower case, value as text, in order. */
  options: [string, string][];
  comment?: string;
  owner?: string;
  origin?: Origin;
}

export interface TsConfig {
  schema: string;
  name: string;
  /** The parser (`default` or `schema.name`). */
  parser: string;
  /** Token type → the dictionaries it is looked up in, in order. */
  mappings: Map<string, string[]>;
  comment?: string;
  owner?: string;
  origin?: Origin;
}
