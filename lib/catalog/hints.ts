/**
 * Rename hints: `-- pgshift:renamed-from old_name` on the line before a table, column, index,
 * constraint, view, type or enum value definition in a schema file. Collected by bind; used by
 * the diff (lib/diff/renames.ts) to emit RENAME instead of drop + add.
 *
 * sqldef's annotation is read too, where sqldef puts it: `-- @renamed from=old` or
 * `/* @renamed from=old *\/` after what it renames, inside its statement: after a column or
 * constraint on its line, after an enum label, and before the first column or label for the
 * table or type itself (`CREATE TABLE users ( -- @renamed from=accounts`, `CREATE INDEX new
 * /* @renamed from=old *\/ ON …`).
 */
import type { ColumnDef, Constraint as PgConstraint, CreateStmt } from '@pgsql/types';
import type { Catalog, Origin, RenameHint } from './model/catalog.js';
import type { Diagnostic, Span } from '../source/diagnostic.js';
import type { Statement } from '../parse/parse.js';
import { inner, qualifiedFromList, strings } from '../parse/ast.js';
import { truncateIdent } from './query/names.js';
import { charOffset } from '../source/utf8.js';

const HINT = /^--\s*pgshift:renamed-from\s+("(?:[^"]|"")+"|'(?:[^']|'')*'|[^\s"']+)\s*$/;
const SQLDEF_HINT = /^(?:--\s*@renamed\s+from=("(?:[^"]|"")+"|[^\s"']+)\s*|\/\*\s*@renamed\s+from=("(?:[^"]|"")+"|[^\s"'*]+)\s*\*\/)$/;

function folded(raw: string): string {
  return truncateIdent(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw.toLowerCase());
}

/** The old name of a hint comment (folded like an identifier), or undefined when it is not a hint. */
export function hintName(comment: string): string | undefined {
  const m = HINT.exec(comment.trim());
  return m ? folded(m[1]!) : undefined;
}

/** The old name of a sqldef `@renamed from=` comment, written after what it renames. */
function sqldefHintName(comment: string): { name: string; raw: string } | undefined {
  const m = SQLDEF_HINT.exec(comment.trim());
  const raw = m?.[1] ?? m?.[2];
  return raw ? { name: folded(raw), raw: raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw } : undefined;
}

/** Is there only whitespace with at most one line break between offsets `a` and `b`? (the comment is on the line before) */
function adjacent(text: string, a: number, b: number): boolean {
  const gap = text.slice(a, b);
  return /^\s*$/.test(gap) && (gap.match(/\n/g) ?? []).length <= 1;
}

/** Hint comments inside a statement's text: the old name and where the comment ends. */
function innerHints(stmt: Statement): { from: string; span: Span }[] {
  const text = stmt.file.text;
  const out: { from: string; span: Span }[] = [];
  if (!text.slice(stmt.span.start, stmt.span.end).includes('--')) return out; // (else the regex scans on to the next comment of the file)
  const re = /--[^\n]*/g;
  re.lastIndex = stmt.span.start;
  for (let m = re.exec(text); m && m.index < stmt.span.end; m = re.exec(text)) {
    const from = hintName(m[0]);
    if (from) out.push({ from, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/** sqldef's `@renamed from=` comments inside a statement's text (line or block comments), with the old name as written. */
function sqldefHints(stmt: Statement): { from: string; raw: string; span: Span }[] {
  const text = stmt.file.text;
  if (!text.slice(stmt.span.start, stmt.span.end).includes('@renamed')) return [];
  const out: { from: string; raw: string; span: Span }[] = [];
  const end = stmt.span.end;
  const re = /--[^\n]*|\/\*[\s\S]*?\*\//g;
  re.lastIndex = stmt.span.start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const h = sqldefHintName(m[0]);
    if (h) out.push({ from: h.name, raw: h.raw, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/** The hint on the line before the statement, if any. */
function leadingHint(stmt: Statement): { from: string; span: Span } | undefined {
  const last = stmt.leadingComments[stmt.leadingComments.length - 1];
  const from = last && hintName(last);
  if (!from) return undefined;
  const at = stmt.file.text.lastIndexOf(last, stmt.span.start);
  if (at < 0 || !adjacent(stmt.file.text, at + last.length, stmt.span.start)) return undefined;
  return { from, span: { start: at, end: at + last.length } };
}


/** Table elements of CREATE TABLE with their start offsets, for hints on columns and named constraints. */
function tableElements(stmt: Statement, s: CreateStmt): { kind: 'column' | 'constraint'; name: string; start: number }[] {
  const out: { kind: 'column' | 'constraint'; name: string; start: number }[] = [];
  for (const el of s.tableElts ?? []) {
    const col = (el as { ColumnDef?: ColumnDef }).ColumnDef;
    const con = (el as { Constraint?: PgConstraint }).Constraint;
    if (col?.colname && col.location !== undefined) out.push({ kind: 'column', name: truncateIdent(col.colname), start: charOffset(stmt.file, col.location) });
    else if (con?.conname && con.location !== undefined) out.push({ kind: 'constraint', name: truncateIdent(con.conname), start: charOffset(stmt.file, con.location) });
  }
  return out;
}

/** The enum label just before offset `at` (only blanks and a comma between), if any. */
function enumLabelBefore(text: string, start: number, at: number): string | undefined {
  const m = /'((?:[^']|'')*)'\s*,?\s*$/.exec(text.slice(start, at));
  return m && text.slice(start, at).includes('(') ? m[1]!.replace(/''/g, "'") : undefined;
}

/** Enum labels of CREATE TYPE … AS ENUM with hint comments before them: the label after each hint. */
function enumLabelAfter(text: string, at: number): string | undefined {
  const m = /^\s*'((?:[^']|'')*)'/.exec(text.slice(at));
  return m ? m[1]!.replace(/''/g, "'") : undefined;
}

/**
 * Record the rename hints of one schema statement (bind, after it was applied, with the search
 * path it was written under). Two hints renaming the same old name are reported as ambiguous.
 */
export function collectHints(cat: Catalog, stmt: Statement, diags: Diagnostic[]): void {
  const n = inner<Record<string, any>>(stmt.node);
  const schemaOf = (explicit: string | undefined) => (explicit ? truncateIdent(explicit) : cat.searchPath[0] ?? 'public');
  const add = (h: Omit<RenameHint, 'origin'>, span: Span) => {
    const origin = { file: stmt.file.path, span };
    const hints = (cat.renameHints ??= []);
    const twin = hints.find((x) => x.kind === h.kind && x.schema === h.schema && x.parent === h.parent && x.from === h.from);
    if (twin) {
      diags.push({
        code: 'ambiguous-rename-hint', severity: 'error', file: origin.file, span,
        message: `two definitions claim to be renamed from ${h.from}: ${twin.name} and ${h.name}`,
        help: 'Keep the pgshift:renamed-from hint on one of them.',
        related: [{ message: `the other hint, on ${twin.name}`, file: twin.origin.file, span: twin.origin.span }],
      });
      return;
    }
    hints.push({ ...h, origin });
  };
  const lead = leadingHint(stmt);
  switch (stmt.type) {
    case 'CreateStmt': {
      const schema = schemaOf(n.relation?.schemaname);
      const table = truncateIdent(n.relation?.relname ?? '');
      if (lead) add({ kind: 'table', schema, name: table, from: lead.from }, lead.span);
      const inside = innerHints(stmt);
      // (byte → char offsets are costly on a large file: only when there is a hint to place)
      const elements = inside.length ? tableElements(stmt, n as CreateStmt) : [];
      for (const h of inside) {
        const next = elements.filter((e) => e.start >= h.span.end).sort((a, b) => a.start - b.start)[0];
        if (next && adjacent(stmt.file.text, h.span.end, next.start)) add({ kind: next.kind, schema, parent: table, name: next.name, from: h.from }, h.span);
      }
      // sqldef's: before the first element for the table, else for the element it follows
      const after = sqldefHints(stmt);
      const all = after.length ? tableElements(stmt, n as CreateStmt).sort((a, b) => a.start - b.start) : [];
      for (const h of after) {
        const before = all.filter((e) => e.start < h.span.start).pop();
        if (!before) add({ kind: 'table', schema, name: table, from: h.from }, h.span);
        else add({ kind: before.kind, schema, parent: table, name: before.name, from: h.from }, h.span);
      }
      return;
    }
    case 'IndexStmt': {
      const from = lead ?? sqldefHints(stmt)[0];
      if (from && n.idxname) add({ kind: 'index', schema: schemaOf(n.relation?.schemaname), name: truncateIdent(n.idxname), from: from.from }, from.span);
      return;
    }
    case 'ViewStmt':
      if (lead) add({ kind: 'view', schema: schemaOf(n.view?.schemaname), name: truncateIdent(n.view?.relname ?? ''), from: lead.from }, lead.span);
      return;
    case 'CreateTableAsStmt':
      if (lead && n.objtype === 'OBJECT_MATVIEW') add({ kind: 'view', schema: schemaOf(n.into?.rel?.schemaname), name: truncateIdent(n.into?.rel?.relname ?? ''), from: lead.from }, lead.span);
      return;
    case 'CreateEnumStmt':
    case 'CreateDomainStmt':
    case 'CompositeTypeStmt':
    case 'CreateRangeStmt': {
      const names = stmt.type === 'CompositeTypeStmt' ? [n.typevar?.schemaname, n.typevar?.relname].filter(Boolean) : strings(stmt.type === 'CreateDomainStmt' ? n.domainname : n.typeName);
      const q = qualifiedFromList(names);
      const schema = schemaOf(q.schema);
      const name = truncateIdent(q.name);
      if (lead) add({ kind: 'type', schema, name, from: lead.from }, lead.span);
      if (stmt.type === 'CreateEnumStmt') {
        for (const h of innerHints(stmt)) {
          const label = enumLabelAfter(stmt.file.text, h.span.end);
          if (label !== undefined) add({ kind: 'enum_value', schema, parent: name, name: label, from: hintLabel(stmt.file.text, h.span) }, h.span);
        }
      }
      // sqldef's: after an enum label for the label (its old name as written), else for the type
      for (const h of sqldefHints(stmt)) {
        const label = stmt.type === 'CreateEnumStmt' ? enumLabelBefore(stmt.file.text, stmt.span.start, h.span.start) : undefined;
        if (label !== undefined) add({ kind: 'enum_value', schema, parent: name, name: label, from: h.raw }, h.span);
        else add({ kind: 'type', schema, name, from: h.from }, h.span);
      }
      return;
    }
    case 'AlterTableStmt': {
      // pg_dump style: ADD CONSTRAINT / ADD COLUMN in ALTER TABLE
      if (!lead || (n.cmds ?? []).length !== 1) return;
      const cmd = n.cmds[0].AlterTableCmd;
      const schema = schemaOf(n.relation?.schemaname);
      const table = truncateIdent(n.relation?.relname ?? '');
      if (cmd?.subtype === 'AT_AddConstraint' && cmd.def?.Constraint?.conname) add({ kind: 'constraint', schema, parent: table, name: truncateIdent(cmd.def.Constraint.conname), from: lead.from }, lead.span);
      if (cmd?.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef?.colname) add({ kind: 'column', schema, parent: table, name: truncateIdent(cmd.def.ColumnDef.colname), from: lead.from }, lead.span);
      return;
    }
    default:
      return;
  }
}

/** An enum label's old name is written as it is (labels are case-sensitive strings, not identifiers). */
function hintLabel(text: string, span: Span): string {
  const m = /pgshift:renamed-from\s+(?:'((?:[^']|'')*)'|(\S+))\s*$/.exec(text.slice(span.start, span.end));
  return m ? (m[1] ?? m[2] ?? '').replace(/''/g, "'") : '';
}
