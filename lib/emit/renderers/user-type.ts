/** Domains, composite and range types, collations, extension schema, enum value renames. */
import type { ChangeOf } from '../../diff/change.js';
import type { Collation, CompositeAttribute, DomainConstraint, DomainType, RangeType } from '../../catalog/model/catalog.js';
import { typeSql } from '../ddl.js';
import { collationSql } from '../collation-sql.js';
import { exprSql } from '../expr.js';
import { ident, literal, qualified } from '../../source/quote.js';
import { defaultMultirangeName } from '../../catalog/statements/range.js';

const domainName = (d: DomainType) => qualified(d.schema, d.name);
const checkSql = (c: DomainConstraint) => `CONSTRAINT ${ident(c.name)} CHECK (${exprSql(c.expr)})`;

export const createDomain = (c: ChangeOf<'create_domain'>) => {
  const d = c.domain;
  let s = `CREATE DOMAIN ${domainName(d)} AS ${typeSql(d.baseType)}`;
  if (d.collation) s += ` COLLATE ${collationSql(d.collation)}`;
  if (d.default) s += ` DEFAULT ${exprSql(d.default)}`;
  if (d.notNull) s += ' NOT NULL';
  const out = [s + [...d.constraints.values()].filter((k) => !k.notValid).map((k) => ` ${checkSql(k)}`).join('')];
  // NOT VALID constraints cannot be written in CREATE DOMAIN
  for (const k of d.constraints.values()) if (k.notValid) out.push(`ALTER DOMAIN ${domainName(d)} ADD ${checkSql(k)} NOT VALID`);
  return out;
};
export const dropDomain = (c: ChangeOf<'drop_domain'>) => [`DROP DOMAIN ${domainName(c.domain)}`];
export const alterDomainDefault = (c: ChangeOf<'alter_domain_default'>) => [
  `ALTER DOMAIN ${domainName(c.domain)} ${c.domain.default ? `SET DEFAULT ${exprSql(c.domain.default)}` : 'DROP DEFAULT'}`,
];
export const alterDomainNotNull = (c: ChangeOf<'alter_domain_not_null'>) => [`ALTER DOMAIN ${domainName(c.domain)} ${c.domain.notNull ? 'SET' : 'DROP'} NOT NULL`];
export const addDomainConstraint = (c: ChangeOf<'add_domain_constraint'>) => [
  `ALTER DOMAIN ${domainName(c.domain)} ADD ${checkSql(c.constraint)}${c.constraint.notValid ? ' NOT VALID' : ''}`,
];
export const dropDomainConstraint = (c: ChangeOf<'drop_domain_constraint'>) => [`ALTER DOMAIN ${domainName(c.domain)} DROP CONSTRAINT ${ident(c.constraint.name)}`];
export const validateDomainConstraint = (c: ChangeOf<'validate_domain_constraint'>) => [`ALTER DOMAIN ${domainName(c.domain)} VALIDATE CONSTRAINT ${ident(c.constraint.name)}`];

const attributeSql = (a: CompositeAttribute) => `${ident(a.name)} ${typeSql(a.type)}${a.collation ? ` COLLATE ${collationSql(a.collation)}` : ''}`;

export const createComposite = (c: ChangeOf<'create_composite'>) => [
  `CREATE TYPE ${qualified(c.type.schema, c.type.name)} AS (${c.type.attributes.map(attributeSql).join(', ')})`,
];
export const dropComposite = (c: ChangeOf<'drop_composite'>) => [`DROP TYPE ${qualified(c.type.schema, c.type.name)}`];
export const addAttribute = (c: ChangeOf<'add_attribute'>) => [`ALTER TYPE ${qualified(c.type.schema, c.type.name)} ADD ATTRIBUTE ${attributeSql(c.attribute)}`];
export const dropAttribute = (c: ChangeOf<'drop_attribute'>) => [`ALTER TYPE ${qualified(c.type.schema, c.type.name)} DROP ATTRIBUTE ${ident(c.attribute.name)}`];
export const alterAttributeType = (c: ChangeOf<'alter_attribute_type'>) => [
  `ALTER TYPE ${qualified(c.type.schema, c.type.name)} ALTER ATTRIBUTE ${ident(c.attribute.name)} TYPE ${typeSql(c.attribute.type)}${c.attribute.collation ? ` COLLATE ${collationSql(c.attribute.collation)}` : ''}`,
];

/** A function or operator class name stored as written (`schema.name` or `name`). */
const objectSql = (n: string) => {
  const i = n.indexOf('.');
  return i < 0 ? ident(n) : qualified(n.slice(0, i), n.slice(i + 1));
};

export function rangeSql(r: RangeType): string {
  const opts = [`SUBTYPE = ${typeSql(r.subtype)}`];
  if (r.opclass) opts.push(`SUBTYPE_OPCLASS = ${objectSql(r.opclass)}`);
  if (r.collation) opts.push(`COLLATION = ${collationSql(r.collation)}`);
  if (r.canonical) opts.push(`CANONICAL = ${objectSql(r.canonical)}`);
  if (r.subtypeDiff) opts.push(`SUBTYPE_DIFF = ${objectSql(r.subtypeDiff)}`);
  if (r.multirange !== defaultMultirangeName(r.name)) opts.push(`MULTIRANGE_TYPE_NAME = ${qualified(r.schema, r.multirange)}`);
  return `CREATE TYPE ${qualified(r.schema, r.name)} AS RANGE (${opts.join(', ')})`;
}
export const createRange = (c: ChangeOf<'create_range'>) => [rangeSql(c.type)];
export const dropRange = (c: ChangeOf<'drop_range'>) => [`DROP TYPE ${qualified(c.type.schema, c.type.name)}`];

export function collationDefSql(c: Collation): string {
  const name = qualified(c.schema, c.name);
  if (c.from) return `CREATE COLLATION ${name} FROM ${collationSql(c.from)}`;
  const opts: string[] = [];
  if (c.provider !== 'libc') opts.push(`PROVIDER = ${ident(c.provider)}`);
  if (c.locale !== undefined) opts.push(`LOCALE = ${literal(c.locale)}`);
  if (c.lcCollate !== undefined && c.lcCollate === c.lcCtype) opts.push(`LOCALE = ${literal(c.lcCollate)}`);
  else {
    if (c.lcCollate !== undefined) opts.push(`LC_COLLATE = ${literal(c.lcCollate)}`);
    if (c.lcCtype !== undefined) opts.push(`LC_CTYPE = ${literal(c.lcCtype)}`);
  }
  if (c.rules !== undefined) opts.push(`RULES = ${literal(c.rules)}`);
  if (!c.deterministic) opts.push('DETERMINISTIC = false');
  return `CREATE COLLATION ${name} (${opts.join(', ')})`;
}
export const createCollation = (c: ChangeOf<'create_collation'>) => [collationDefSql(c.collation)];
export const dropCollation = (c: ChangeOf<'drop_collation'>) => [`DROP COLLATION ${qualified(c.collation.schema, c.collation.name)}`];

export const alterExtensionSchema = (c: ChangeOf<'alter_extension_schema'>) => [`ALTER EXTENSION ${ident(c.extension.name)} SET SCHEMA ${ident(c.extension.schema ?? 'public')}`];
export const renameEnumValue = (c: ChangeOf<'rename_enum_value'>) => [
  `ALTER TYPE ${qualified(c.type.schema, c.type.name)} RENAME VALUE ${literal(c.from)} TO ${literal(c.to)}`,
];
