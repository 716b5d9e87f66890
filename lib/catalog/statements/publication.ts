/**
 * Publications: CREATE PUBLICATION [FOR ALL TABLES | FOR TABLE [ONLY] t [(cols)] [WHERE (…)], … |
 * TABLES IN SCHEMA s, …] [WITH (publish, publish_via_partition_root)], ALTER PUBLICATION … ADD / SET /
 * DROP members, SET (options), RENAME TO, DROP PUBLICATION. A table named without ONLY brings its
 * inheritance children (not partitions: the partitioned table stands for them), as PostgreSQL records.
 */
import type { AlterPublicationStmt, CreatePublicationStmt, Node, PublicationObjSpec } from '@pgsql/types';
import type { Publication, PublicationTable, PublishAction } from '../model/catalog.js';
import { PUBLISH_ACTIONS } from '../model/publication.js';
import { type ApplyContext, fail, origin } from './context.js';
import { defElems, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { truncateIdent } from '../query/names.js';
import { resolveTable } from '../query/resolve.js';
import { descendants } from '../query/children.js';
import { makeExpr } from '../query/expr.js';
import { missingRelation } from './unmodelled.js';

function optionText(n: Node | undefined): string {
  const o = n as Record<string, any> | undefined;
  if (!o) return 'true';
  if (o.String) return o.String.sval ?? '';
  if (o.Boolean) return o.Boolean.boolval ? 'true' : 'false';
  if (o.Integer) return String(o.Integer.ival ?? 0);
  return strings([n!]).join('.');
}

/** WITH (…) of CREATE or ALTER … SET: applied onto `p`. */
function applyOptions(ctx: ApplyContext, p: Publication, options: readonly Node[] | undefined): void {
  for (const d of defElems(options as Node[] | undefined)) {
    const v = optionText(d.arg);
    switch (d.defname) {
      case 'publish': {
        const parts = v.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
        const bad = parts.find((x) => !(PUBLISH_ACTIONS as readonly string[]).includes(x));
        if (bad) { fail(ctx, 'invalid-definition', `unrecognized "publish" value: "${bad}"`); break; }
        p.publish = PUBLISH_ACTIONS.filter((a) => parts.includes(a));
        break;
      }
      case 'publish_via_partition_root':
        p.viaRoot = /^(true|on|yes|1)$/i.test(v);
        break;
      default:
        fail(ctx, 'invalid-definition', `unrecognized publication parameter: "${d.defname}"`);
    }
  }
}

interface Members {
  tables: PublicationTable[];
  /** Keys of the tables the statement names (the others are their inheritance children). */
  named: Set<string>;
  schemas: string[];
}

/** The tables (children expanded) and schemas a list of publication objects names. */
function members(ctx: ApplyContext, objects: readonly Node[] | undefined): Members | undefined {
  const out: Members = { tables: [], named: new Set(), schemas: [] };
  for (const o of objects ?? []) {
    const spec = (o as { PublicationObjSpec: PublicationObjSpec }).PublicationObjSpec;
    switch (spec.pubobjtype) {
      case 'PUBLICATIONOBJ_TABLE': {
        const pt = spec.pubtable!;
        const q = qualifiedFromRangeVar(pt.relation ?? {});
        const t = resolveTable(ctx.cat, q);
        if (!t) {
          missingRelation(ctx, q, `relation "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
          return undefined;
        }
        const cols = strings(pt.columns).map(truncateIdent);
        const missingCol = cols.find((c) => !t.columns.has(c));
        if (missingCol) { fail(ctx, 'missing-object', `column "${missingCol}" of relation "${t.name}" does not exist`); return undefined; }
        const entry = (tb: typeof t): PublicationTable => {
          const m: PublicationTable = { schema: tb.schema, name: tb.name };
          // stored in the table's column order, as pg_publication_rel.prattrs
          if (cols.length) m.columns = [...tb.columns.keys()].filter((c) => cols.includes(c));
          if (pt.whereClause) m.where = makeExpr(pt.whereClause, { catalog: ctx.cat, columns: tb.columns });
          return m;
        };
        out.tables.push(entry(t));
        out.named.add(`${t.schema}.${t.name}`);
        // without ONLY: inheritance children too; a partitioned table stands for its partitions
        if (pt.relation?.inh && !t.partitionBy) for (const c of descendants(ctx.cat, t)) if (!c.partitionOf) out.tables.push(entry(c));
        break;
      }
      case 'PUBLICATIONOBJ_TABLES_IN_SCHEMA':
      case 'PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA': {
        const s = spec.pubobjtype === 'PUBLICATIONOBJ_TABLES_IN_SCHEMA' ? truncateIdent(spec.name ?? '') : ctx.cat.searchPath[0] ?? 'public';
        if (!ctx.cat.schemas.has(s)) { fail(ctx, 'missing-object', `schema "${s}" does not exist`); return undefined; }
        out.schemas.push(s);
        break;
      }
      default:
        fail(ctx, 'unmodelled-statement', `publication object ${spec.pubobjtype} is not modelled`);
        return undefined;
    }
  }
  return out;
}

function addMembers(ctx: ApplyContext, p: Publication, m: Members): void {
  for (const t of m.tables) p.tables.set(`${t.schema}.${t.name}`, t);
  p.schemas = [...new Set([...p.schemas, ...m.schemas])].sort();
  // PostgreSQL 15 and later refuse the two together
  const listed = p.schemas.length ? [...p.tables.values()].find((t) => t.columns) : undefined;
  if (listed) fail(ctx, 'invalid-definition', `cannot use column list for relation "${listed.schema}.${listed.name}" in publication "${p.name}"`, 'Column lists cannot be specified in publications containing FOR TABLES IN SCHEMA elements.');
}

export function createPublication(ctx: ApplyContext, s: CreatePublicationStmt): void {
  const name = truncateIdent(s.pubname ?? '');
  if (ctx.cat.publications.has(name)) return fail(ctx, 'duplicate-object', `publication "${name}" already exists`);
  const p: Publication = { name, allTables: !!s.for_all_tables, publish: [...PUBLISH_ACTIONS], viaRoot: false, tables: new Map(), schemas: [], origin: origin(ctx) };
  applyOptions(ctx, p, s.options);
  const m = members(ctx, s.pubobjects);
  if (!m) return;
  addMembers(ctx, p, m);
  ctx.cat.publications.set(name, p);
}

export function alterPublication(ctx: ApplyContext, s: AlterPublicationStmt): void {
  const name = truncateIdent(s.pubname ?? '');
  const p = ctx.cat.publications.get(name);
  if (!p) return fail(ctx, 'missing-object', `publication "${name}" does not exist`);
  if (s.options?.length) return applyOptions(ctx, p, s.options);
  const m = members(ctx, s.pubobjects);
  if (!m) return;
  if (p.allTables && (m.tables.length || m.schemas.length)) return fail(ctx, 'invalid-definition', `publication "${name}" is defined as FOR ALL TABLES`);
  switch (s.action) {
    case 'AP_AddObjects':
      for (const t of m.tables) if (p.tables.has(`${t.schema}.${t.name}`)) return fail(ctx, 'duplicate-object', `relation "${t.name}" is already member of publication "${name}"`);
      addMembers(ctx, p, m);
      break;
    case 'AP_SetObjects':
      p.tables = new Map();
      p.schemas = [];
      addMembers(ctx, p, m);
      break;
    case 'AP_DropObjects':
      for (const t of m.tables) {
        const k = `${t.schema}.${t.name}`;
        if (!p.tables.delete(k) && m.named.has(k)) return fail(ctx, 'missing-object', `relation "${t.name}" is not part of the publication`);
      }
      p.schemas = p.schemas.filter((x) => !m.schemas.includes(x));
      break;
    default:
      break;
  }
}

export function dropPublication(ctx: ApplyContext, name: string, missingOk: boolean): void {
  const n = truncateIdent(name);
  if (!ctx.cat.publications.delete(n) && !missingOk) fail(ctx, 'missing-object', `publication "${n}" does not exist`);
}

export function renamePublication(ctx: ApplyContext, name: string, newname: string): void {
  const cat = ctx.cat;
  const p = cat.publications.get(truncateIdent(name));
  if (!p) return fail(ctx, 'missing-object', `publication "${name}" does not exist`);
  const to = truncateIdent(newname);
  if (cat.publications.has(to)) return fail(ctx, 'duplicate-object', `publication "${to}" already exists`);
  cat.publications.delete(p.name);
  p.name = to;
  cat.publications.set(to, p);
}
