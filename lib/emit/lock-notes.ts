/**
 * Lock annotations: every emitted statement is parsed back (one parser call for the whole
 * migration) and described by lib/plan/locks.ts — the same table the linter uses, so the
 * comment in the SQL and the lint finding never disagree. The parse trees are kept: the self-lint
 * of the migration reuses them instead of parsing it again (lib/parse/assemble.ts).
 */
import type { Node } from '@pgsql/types';
import { cloneCatalog, type Catalog } from '../catalog/model/catalog.js';
import { applyStatement } from '../catalog/statements/dispatch.js';
import { parseFile } from '../parse/parse.js';
import type { PlacedTree } from '../parse/assemble.js';
import { catalogLockOptions, lockOf, lockSqlName, relOf, type LockOptions, type RelationLock } from '../plan/locks.js';
import { resolveTable } from '../catalog/query/resolve.js';
import { truncateIdent } from '../catalog/query/names.js';
import { qualified } from '../source/quote.js';

/** Names listed in a note before the rest are counted. */
const LISTED_DESCENDANTS = 4;

/** `SHARE on its 3 partitions (public.m_1, public.m_2, public.m_3)`: the tables an ALTER TABLE without ONLY reaches. */
function descendantsNote(rels: RelationLock[]): string[] {
  if (!rels.length) return [];
  const names = rels.map((r) => qualified(r.relation.schema, r.relation.name));
  const shown = names.length > LISTED_DESCENDANTS + 1 ? [...names.slice(0, LISTED_DESCENDANTS), `${names.length - LISTED_DESCENDANTS} more`] : names;
  const level = lockSqlName(rels[0]!.level);
  const kind = rels[0]!.descendant === 'partition' ? 'partition' : 'inheritance child';
  if (rels.length === 1) return [`${level} on its ${kind} ${names[0]}`];
  return [`${level} on its ${rels.length} ${kind === 'partition' ? 'partitions' : 'inheritance children'} (${shown.join(', ')})`];
}

/**
 * Does the note depend on what the migration did before the statement? SET NOT NULL (a primary
 * key's implicit one too) scans unless an earlier statement proved the column; DROP CONSTRAINT
 * reaches the descendants when the constraint is a CHECK, which an earlier statement may have added
 * (the safe recipe's helper CHECK).
 */
function readsMigrationSoFar(node: Node, from: Catalog): boolean {
  if (!('AlterTableStmt' in node)) return false;
  const table = resolveTable(from, relOf(node.AlterTableStmt.relation));
  return (node.AlterTableStmt.cmds ?? []).some((c) => {
    if (!('AlterTableCmd' in c)) return false;
    const { subtype, def, name } = c.AlterTableCmd;
    if (subtype === 'AT_SetNotNull') return true;
    // a constraint the migration starts with is known already (stepping costs a replay of the migration)
    if (subtype === 'AT_DropConstraint') return !table?.constraints.has(truncateIdent(name ?? ''));
    return subtype === 'AT_AddConstraint' && !!def && 'Constraint' in def && def.Constraint.contype === 'CONSTR_PRIMARY';
  });
}

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
  const opts: LockOptions = o.from ? catalogLockOptions(o.from, o.pgVersion ?? 15) : { pgVersion: o.pgVersion ?? 15 };

  // positions in the tree are bytes of `text`: the byte offset of each statement's start goes with it
  let at = 0;
  const trees = sqls.map((sql, i) => {
    const tree = { node: parsed.statements[i]!.node, at };
    at += Buffer.byteLength(sql, 'utf8') + 2; // `;` and the line break
    return tree;
  });
  // Some notes depend on what the migration did before the statement (readsMigrationSoFar: the index
  // it built for USING INDEX, columns it made NOT NULL, a CHECK it added or validated): those answers
  // come from `from` stepped through the earlier statements, built the first time needed.
  let stepped: { cat: Catalog; next: number } | undefined;
  const before = (i: number): Catalog => {
    stepped ??= { cat: cloneCatalog(o.from!), next: 0 };
    const pgVersion = o.pgVersion ?? 15;
    while (stepped.next < i) applyStatement(stepped.cat, parsed.statements[stepped.next++]!, [], { mode: 'replay', pgVersion });
    return stepped.cat;
  };
  const notes = parsed.statements.map((s, i) => {
    let own = opts;
    if (o.from && readsMigrationSoFar(s.node, o.from)) {
      const { indexColumns, nullability, isCheck } = catalogLockOptions(before(i), o.pgVersion ?? 15);
      own = { ...opts, indexColumns, nullability, isCheck };
    }
    const info = lockOf(s.node, own);
    if (!info.level) return undefined;
    // the named relations once each, the descendants in one phrase after the table they descend from
    const reached = info.relations.filter((r) => r.descendant);
    const seen = new Set<string>();
    const rels = info.relations
      .flatMap((r) => {
        if (r.descendant) return r === reached[0] ? descendantsNote(reached) : [];
        const name = qualified(r.relation.schema, r.relation.name);
        if (seen.has(name)) return [];
        seen.add(name);
        return [`${lockSqlName(r.level)} on ${name}`];
      })
      .join(', ');
    const what = [info.rewrite ? 'rewrites the table' : '', info.scan && !info.rewrite ? 'scans the table' : '', ...info.notes].filter(Boolean);
    return `lock: ${rels || lockSqlName(info.level)}${what.length ? `; ${[...new Set(what)].join('; ')}` : ''}`;
  });
  return { notes, trees };
}
