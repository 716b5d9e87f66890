/**
 * Publications. Options and members change in place (ALTER PUBLICATION … SET (…), DROP / ADD TABLE,
 * TABLES IN SCHEMA); FOR ALL TABLES on one side only needs the publication dropped and created again.
 * A member whose table (or schema) this migration drops or creates again is not in the source any
 * more once that ran: PostgreSQL removes it from publications silently. A member whose column list
 * or row filter names a column the migration drops or changes the type of is dropped before and added
 * again after (PostgreSQL refuses both while the member depends on the column).
 */
import type { Publication, PublicationTable } from '../catalog/model/publication.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { memberColumns } from '../catalog/query/publication-members.js';

const memberKey = (t: PublicationTable) => `${t.columns?.join(',') ?? '*'}|${t.where?.key ?? ''}`;

export function diffPublications(ctx: DiffContext): void {
  const createdTables = new Set<string>();
  const createdSchemas = new Set<string>();
  for (const c of ctx.changes) {
    if (c.kind === 'create_table') createdTables.add(`${c.table.schema}.${c.table.name}`);
    if (c.kind === 'create_schema') createdSchemas.add(c.schema.name);
  }
  const touched = new Set<string>();
  for (const c of ctx.changes) if (c.kind === 'drop_column' || c.kind === 'alter_column_type') touched.add(`${c.table.schema}.${c.table.name}.${c.column.name}`);
  const tableStays = (k: string) => ctx.to.tables.has(k) && !createdTables.has(k);
  const schemaStays = (s: string) => ctx.to.schemas.has(s) && !createdSchemas.has(s);
  // owners are recorded, and compared only with manageOwnership (as tables' are: a created object's only when the target names one)
  const owner = (a: Publication | undefined, b: Publication) => {
    if (ctx.options?.manageOwnership && (a?.owner ?? '') !== (b.owner ?? '') && (a || b.owner)) ctx.changes.push({ kind: 'alter_publication_owner', publication: b, owner: b.owner ?? 'current_user' });
  };
  diffMaps(ctx.from.publications, ctx.to.publications, {
    removed: (a) => ctx.changes.push({ kind: 'drop_publication', publication: a }),
    added: (b) => {
      ctx.changes.push({ kind: 'create_publication', publication: b });
      owner(undefined, b);
    },
    both: (a, b) => {
      if (a.allTables !== b.allTables) {
        ctx.changes.push({ kind: 'drop_publication', publication: a, recreate: true }, { kind: 'create_publication', publication: b });
        owner(undefined, b);
        return;
      }
      owner(a, b);
      if (a.publish.join() !== b.publish.join() || a.viaRoot !== b.viaRoot) ctx.changes.push({ kind: 'alter_publication_options', publication: b });
      members(ctx, a, b, tableStays, schemaStays, (k, t) => memberColumns(t).some((c) => touched.has(`${k}.${c}`)));
    },
  });
}

function members(ctx: DiffContext, a: Publication, b: Publication, tableStays: (k: string) => boolean, schemaStays: (s: string) => boolean, blocks: (k: string, t: PublicationTable) => boolean): void {
  const sorted = (m: Map<string, PublicationTable>) => [...m].sort(([x], [y]) => (x < y ? -1 : 1));
  const was = new Map(sorted(a.tables).filter(([k]) => tableStays(k)));
  const dropTables: PublicationTable[] = [];
  const addTables: PublicationTable[] = [];
  for (const [k, t] of was) {
    const now = b.tables.get(k);
    if (!now || memberKey(now) !== memberKey(t) || blocks(k, t)) dropTables.push(t);
  }
  for (const [k, t] of sorted(b.tables)) {
    const before = was.get(k);
    if (!before || memberKey(before) !== memberKey(t) || blocks(k, before)) addTables.push(t);
  }
  const schemasWere = a.schemas.filter(schemaStays);
  const dropSchemas = schemasWere.filter((s) => !b.schemas.includes(s));
  const addSchemas = b.schemas.filter((s) => !schemasWere.includes(s));
  if (dropTables.length || dropSchemas.length) ctx.changes.push({ kind: 'drop_publication_members', publication: a, tables: dropTables, schemas: dropSchemas });
  if (addTables.length || addSchemas.length) ctx.changes.push({ kind: 'add_publication_members', publication: b, tables: addTables, schemas: addSchemas });
}
