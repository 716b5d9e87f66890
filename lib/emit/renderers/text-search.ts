/** Text search dictionaries and configurations: CREATE / DROP / ALTER TEXT SEARCH DICTIONARY and CONFIGURATION. */
import type { ChangeOf } from '../../diff/change.js';
import type { TsConfig, TsDictionary } from '../../catalog/model/text-search.js';
import { ident, literal, qualified } from '../../source/quote.js';
import { TEXT_SEARCH_BUILTINS } from '../../catalog/query/text-search-builtins.js';

/** A stored text search object name (`simple`, `public.d`): split at the first dot. */
export function tsObjectSql(stored: string): string {
  const i = stored.indexOf('.');
  return i < 0 ? qualified('pg_catalog', stored) : qualified(stored.slice(0, i), stored.slice(i + 1));
}

const dictName = (d: TsDictionary) => qualified(d.schema, d.name);
const configName = (c: TsConfig) => qualified(c.schema, c.name);
const optionSql = ([n, v]: [string, string]) => `${ident(n)} = ${literal(v)}`;

export const createTsDictionary = (c: ChangeOf<'create_ts_dictionary'>) => {
  const d = c.dictionary;
  return [`CREATE TEXT SEARCH DICTIONARY ${dictName(d)} (\n  ${[`TEMPLATE = ${tsObjectSql(d.template)}`, ...d.options.map(optionSql)].join(',\n  ')}\n)`];
};

export const dropTsDictionary = (c: ChangeOf<'drop_ts_dictionary'>) => [`DROP TEXT SEARCH DICTIONARY ${dictName(c.dictionary)}`];

export const alterTsDictionary = (c: ChangeOf<'alter_ts_dictionary'>) =>
  [`ALTER TEXT SEARCH DICTIONARY ${dictName(c.dictionary)} (${[...c.set.map(optionSql), ...c.removed.map(ident)].join(', ')})`];

const TOKEN_ORDER = new Map(TEXT_SEARCH_BUILTINS.tokens.map((t, i) => [t, i]));
const byToken = (x: string, y: string) => (TOKEN_ORDER.get(x) ?? 1e6) - (TOKEN_ORDER.get(y) ?? 1e6) || (x < y ? -1 : x > y ? 1 : 0);

/** Token types grouped by their dictionary list (in token order), one statement per list, as pg_dump groups them. */
function mappingStatements(config: TsConfig, verb: 'ADD' | 'ALTER', mappings: Map<string, string[]>): string[] {
  const groups = new Map<string, string[]>();
  for (const t of [...mappings.keys()].sort(byToken)) {
    const k = mappings.get(t)!.join(',');
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups].map(([, tokens]) =>
    `ALTER TEXT SEARCH CONFIGURATION ${configName(config)} ${verb} MAPPING FOR ${tokens.map(ident).join(', ')} WITH ${mappings.get(tokens[0]!)!.map(tsObjectSql).join(', ')}`);
}

export const createTsConfig = (c: ChangeOf<'create_ts_config'>) => [
  `CREATE TEXT SEARCH CONFIGURATION ${configName(c.config)} (PARSER = ${tsObjectSql(c.config.parser)})`,
  ...mappingStatements(c.config, 'ADD', c.config.mappings),
];

export const dropTsConfig = (c: ChangeOf<'drop_ts_config'>) => [`DROP TEXT SEARCH CONFIGURATION ${configName(c.config)}`];

export const alterTsMappings = (c: ChangeOf<'alter_ts_mappings'>) => {
  const out: string[] = [];
  const dropped = [...c.dropped].sort(byToken);
  if (dropped.length) out.push(`ALTER TEXT SEARCH CONFIGURATION ${configName(c.config)} DROP MAPPING FOR ${dropped.map(ident).join(', ')}`);
  // ALTER MAPPING FOR creates a missing mapping too: one verb for new and changed token types
  out.push(...mappingStatements(c.config, 'ALTER', c.set));
  return out;
};
