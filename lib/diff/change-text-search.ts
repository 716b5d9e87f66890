/** Change kinds of text search dictionaries and configurations. Part of the closed `Change` union (change.ts). */
import type { TsConfig, TsDictionary } from '../catalog/model/text-search.js';

export type TextSearchChange =
  | { kind: 'create_ts_dictionary'; dictionary: TsDictionary }
  /** `recreate`: dropped to be created again with another template (runs before creations). */
  | { kind: 'drop_ts_dictionary'; dictionary: TsDictionary; recreate?: boolean }
  /** ALTER TEXT SEARCH DICTIONARY … (option = value, option): options set, changed or removed. */
  | { kind: 'alter_ts_dictionary'; dictionary: TsDictionary; set: [string, string][]; removed: string[] }
  /** CREATE … (PARSER = p) with its mappings. */
  | { kind: 'create_ts_config'; config: TsConfig }
  | { kind: 'drop_ts_config'; config: TsConfig; recreate?: boolean }
  /** ALTER TEXT SEARCH CONFIGURATION … ALTER / ADD / DROP MAPPING: token types whose dictionary lists changed. */
  | { kind: 'alter_ts_mappings'; config: TsConfig; set: Map<string, string[]>; dropped: string[] };
