/**
 * Lock annotations: every emitted statement is parsed back (one parser call for the whole
 * migration) and described by lib/plan/locks.ts — the same table the linter uses, so the
 * comment in the SQL and the lint finding never disagree.
 */
import type { Catalog } from '../catalog/model/catalog.js';
import { parseFile } from '../parse/parse.js';
import { lockOf, lockSqlName, type LockOptions } from '../plan/locks.js';
import { typeFromNode } from '../catalog/query/types.js';
import { qualified } from '../source/quote.js';

export interface LockNoteOptions {
  /** The catalogue the migration starts from: current column types, index tables. */
  from?: Catalog;
  pgVersion?: number;
}

/** One note per statement (undefined when the statement takes no lock worth noting). */
export function lockNotes(sqls: string[], o: LockNoteOptions): (string | undefined)[] {
  const text = sqls.map((s) => `${s};`).join('\n');
  const parsed = parseFile({ path: '<emitted>', text });
  if (parsed.diagnostics.length || parsed.statements.length !== sqls.length) return sqls.map(() => undefined);
  const opts: LockOptions = {
    pgVersion: o.pgVersion ?? 15,
    currentType: (t, col) => o.from?.tables.get(`${t.schema ?? 'public'}.${t.name}`)?.columns.get(col)?.type,
    indexTable: (i) => {
      const idx = o.from?.indexes.get(`${i.schema ?? 'public'}.${i.name}`);
      return idx ? { schema: idx.schema, name: idx.table } : undefined;
    },
    typeOf: (t) => typeFromNode(t, o.from),
  };
  return parsed.statements.map((s) => {
    const info = lockOf(s.node, opts);
    if (!info.level) return undefined;
    const rels = [...new Map(info.relations.map((r) => [qualified(r.relation.schema, r.relation.name), r])).values()]
      .map((r) => `${lockSqlName(r.level)} on ${qualified(r.relation.schema, r.relation.name)}`)
      .join(', ');
    const what = [info.rewrite ? 'rewrites the table' : '', info.scan && !info.rewrite ? 'scans the table' : '', ...info.notes].filter(Boolean);
    return `lock: ${rels || lockSqlName(info.level)}${what.length ? `; ${[...new Set(what)].join('; ')}` : ''}`;
  });
}
