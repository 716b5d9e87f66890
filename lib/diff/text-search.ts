/**
 * Text search dictionaries and configurations. A dictionary's options change in place (ALTER
 * TEXT SEARCH DICTIONARY); another template needs it dropped and created again, and so do the
 * configurations using it (PostgreSQL records that dependency). A configuration's mappings change in
 * place (ADD / ALTER / DROP MAPPING); another parser needs it created again.
 */
import type { DiffContext } from './context.js';
import type { TsConfig, TsDictionary } from '../catalog/model/text-search.js';

function sorted<T>(m: Map<string, T>): [string, T][] {
  return [...m].sort(([x], [y]) => (x < y ? -1 : 1));
}

const optionMap = (d: TsDictionary) => new Map(d.options);

export function diffTextSearch(ctx: DiffContext): void {
  const { from, to } = ctx;
  const recreatedDicts = new Set<string>();
  const dictDrops: typeof ctx.changes = [];
  for (const [k, a] of sorted(from.tsDictionaries)) {
    const b = to.tsDictionaries.get(k);
    if (!b) dictDrops.push({ kind: 'drop_ts_dictionary', dictionary: a });
    else if (a.template !== b.template) {
      dictDrops.push({ kind: 'drop_ts_dictionary', dictionary: a, recreate: true });
      recreatedDicts.add(k);
    }
  }
  // configurations: dropped before the dictionaries they use (ties in the plan keep this order), created after them
  const configCreates: typeof ctx.changes = [];
  for (const [k, a] of sorted(from.tsConfigs)) {
    const b = to.tsConfigs.get(k);
    const usesRecreated = [...a.mappings.values()].some((ds) => ds.some((d) => recreatedDicts.has(d)));
    if (!b) ctx.changes.push({ kind: 'drop_ts_config', config: a });
    else if (a.parser !== b.parser || usesRecreated) {
      ctx.changes.push({ kind: 'drop_ts_config', config: a, recreate: true });
      configCreates.push({ kind: 'create_ts_config', config: b });
    } else {
      const m = mappingChanges(a, b);
      if (m.set.size || m.dropped.length) configCreates.push({ kind: 'alter_ts_mappings', config: b, ...m });
    }
  }
  ctx.changes.push(...dictDrops);
  for (const [, b] of sorted(to.tsDictionaries)) {
    const a = from.tsDictionaries.get(`${b.schema}.${b.name}`);
    if (!a || recreatedDicts.has(`${b.schema}.${b.name}`)) ctx.changes.push({ kind: 'create_ts_dictionary', dictionary: b });
    else {
      const [x, y] = [optionMap(a), optionMap(b)];
      const set = b.options.filter(([n, v]) => x.get(n) !== v);
      const removed = [...x.keys()].filter((n) => !y.has(n));
      if (set.length || removed.length) ctx.changes.push({ kind: 'alter_ts_dictionary', dictionary: b, set, removed });
    }
  }
  for (const [k, b] of sorted(to.tsConfigs)) if (!from.tsConfigs.has(k)) configCreates.push({ kind: 'create_ts_config', config: b });
  ctx.changes.push(...configCreates);
}

function mappingChanges(a: TsConfig, b: TsConfig): { set: Map<string, string[]>; dropped: string[] } {
  const set = new Map<string, string[]>();
  for (const [t, ds] of b.mappings) {
    const was = a.mappings.get(t);
    if (!was || was.join(',') !== ds.join(',')) set.set(t, ds);
  }
  const dropped = [...a.mappings.keys()].filter((t) => !b.mappings.has(t));
  return { set, dropped };
}
