/**
 * Lock annotations: every emitted statement is parsed back (one parser call for the whole
 * migration) and described by lib/plan/locks.ts — the same table the linter uses, so the
 * comment in the SQL and the lint finding never disagree. The parse trees are kept: the self-lint
 * of the migration reuses them instead of parsing it again (lib/parse/assemble.ts).
 */
import type { Catalog } from '../catalog/model/catalog.js';
import { parseFile } from '../parse/parse.js';
import type { PlacedTree } from '../parse/assemble.js';
import { lockOf, lockSqlName, type LockOptions } from '../plan/locks.js';
import { typeFromNode } from '../catalog/query/types.js';
import { qualified } from '../source/quote.js';

export interface LockNoteOptions {
  /** The catalogue the migration starts from: current column types, index tables. */
  from?: Catalog;
  pgVersion?: number;
}

/**
 * One note per statement (undefined when the statement takes no lock worth noting), and each
 * statement's parse tree (none when the emitted SQL did not parse back one statement per SQL).
 */
export function lockNotes(sqls: string[], o: LockNoteOptions): { notes: (string | undefined)[]; trees?: PlacedTree[] } {
  const text = sqls.map((s) => `${s};`).join('\n');
  const parsed = parseFile({ path: '<emitted>', text });
  if (parsed.diagnostics.length || parsed.statements.length !== sqls.length) return { notes: sqls.map(() => undefined) };
  const opts: LockOptions = {
    pgVersion: o.pgVersion ?? 15,
    currentType: (t, col) => o.from?.tables.get(`${t.schema ?? 'public'}.${t.name}`)?.columns.get(col)?.type,
    virtualColumn: (t, col) => !!o.from?.tables.get(`${t.schema ?? 'public'}.${t.name}`)?.columns.get(col)?.virtual,
    indexTable: (i) => {
      const idx = o.from?.indexes.get(`${i.schema ?? 'public'}.${i.name}`);
      return idx ? { schema: idx.schema, name: idx.table } : undefined;
    },
    typeOf: (t) => typeFromNode(t, o.from),
    foreignKeyTarget: (t, name) => {
      const k = o.from?.tables.get(`${t.schema ?? 'public'}.${t.name}`)?.constraints.get(name);
      return k?.kind === 'foreign' ? { schema: k.refSchema, name: k.refTable } : undefined;
    },
  };
  // positions in the tree are bytes of `text`: the byte offset of each statement's start goes with it
  let at = 0;
  const trees = sqls.map((sql, i) => {
    const tree = { node: parsed.statements[i]!.node, at };
    at += Buffer.byteLength(sql, 'utf8') + 2; // `;` and the line break
    return tree;
  });
  const notes = parsed.statements.map((s) => {
    const info = lockOf(s.node, opts);
    if (!info.level) return undefined;
    const rels = [...new Map(info.relations.map((r) => [qualified(r.relation.schema, r.relation.name), r])).values()]
      .map((r) => `${lockSqlName(r.level)} on ${qualified(r.relation.schema, r.relation.name)}`)
      .join(', ');
    const what = [info.rewrite ? 'rewrites the table' : '', info.scan && !info.rewrite ? 'scans the table' : '', ...info.notes].filter(Boolean);
    return `lock: ${rels || lockSqlName(info.level)}${what.length ? `; ${[...new Set(what)].join('; ')}` : ''}`;
  });
  return { notes, trees };
}
