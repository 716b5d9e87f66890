/** Publications: CREATE / DROP PUBLICATION, ALTER PUBLICATION … SET (…), DROP / ADD TABLE and TABLES IN SCHEMA. */
import type { ChangeOf } from '../../diff/change.js';
import type { Publication, PublicationTable } from '../../catalog/model/publication.js';
import { exprSql } from '../expr.js';
import { ident, literal, qualified, role } from '../../source/quote.js';

/** A member table as PostgreSQL stores it: ONLY (children are members of their own), its column list and row filter. */
function tableSql(t: PublicationTable, withDefinition: boolean): string {
  let s = `TABLE ONLY ${qualified(t.schema, t.name)}`;
  if (withDefinition && t.columns) s += ` (${t.columns.map(ident).join(', ')})`;
  if (withDefinition && t.where) s += ` WHERE (${exprSql(t.where)})`;
  return s;
}

const schemaSql = (s: string) => `TABLES IN SCHEMA ${ident(s)}`;

function optionsSql(p: Publication): string {
  const opts = [`publish = ${literal(p.publish.join(', '))}`];
  if (p.viaRoot) opts.push('publish_via_partition_root = true');
  return `WITH (${opts.join(', ')})`;
}

/**
 * One statement per member, as pg_dump writes them: CREATE then ADD. PostgreSQL 15 refuses a column
 * list in a publication with TABLES IN SCHEMA anyway, so adding members one at a time accepts what
 * one CREATE … FOR does.
 */
export const createPublication = (c: ChangeOf<'create_publication'>) => {
  const p = c.publication;
  const name = ident(p.name);
  return [
    `CREATE PUBLICATION ${name}${p.allTables ? ' FOR ALL TABLES' : ''} ${optionsSql(p)}`,
    ...[...p.tables.values()].sort((x, y) => (`${x.schema}.${x.name}` < `${y.schema}.${y.name}` ? -1 : 1)).map((t) => `ALTER PUBLICATION ${name} ADD ${tableSql(t, true)}`),
    ...p.schemas.map((s) => `ALTER PUBLICATION ${name} ADD ${schemaSql(s)}`),
  ];
};

export const dropPublication = (c: ChangeOf<'drop_publication'>) => [`DROP PUBLICATION ${ident(c.publication.name)}`];

export const alterPublicationOptions = (c: ChangeOf<'alter_publication_options'>) => {
  const p = c.publication;
  return [`ALTER PUBLICATION ${ident(p.name)} SET (publish = ${literal(p.publish.join(', '))}, publish_via_partition_root = ${p.viaRoot})`];
};

export const dropPublicationMembers = (c: ChangeOf<'drop_publication_members'>) => {
  const items = [...c.tables.map((t) => tableSql(t, false)), ...c.schemas.map(schemaSql)];
  return [`ALTER PUBLICATION ${ident(c.publication.name)} DROP ${items.join(', ')}`];
};

export const addPublicationMembers = (c: ChangeOf<'add_publication_members'>) => {
  const name = ident(c.publication.name);
  return [...c.tables.map((t) => `ALTER PUBLICATION ${name} ADD ${tableSql(t, true)}`), ...c.schemas.map((s) => `ALTER PUBLICATION ${name} ADD ${schemaSql(s)}`)];
};

export const alterPublicationOwner = (c: ChangeOf<'alter_publication_owner'>) => [`ALTER PUBLICATION ${ident(c.publication.name)} OWNER TO ${role(c.owner)}`];
