/**
 * Domains: CREATE DOMAIN (base type, COLLATE, DEFAULT, NOT NULL, CHECKs with PostgreSQL's implicit
 * `<domain>_check` names) and ALTER DOMAIN (SET/DROP DEFAULT, SET/DROP NOT NULL, ADD/DROP/VALIDATE CONSTRAINT).
 */
import type { AlterDomainStmt, Constraint as PgConstraint, CreateDomainStmt } from '@pgsql/types';
import type { Catalog, DomainType } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, origin } from './context.js';
import { qualifiedFromList, strings } from '../../parse/ast.js';
import { collationFromNames } from './collation.js';
import { makeExpr } from '../query/expr.js';
import { chooseName, constraintNameTaken, truncateIdent } from '../query/names.js';
import { resolveUserType } from '../query/resolve.js';
import { typeFromNode } from '../query/types.js';

export function resolveDomain(cat: Catalog, schema: string | undefined, name: string): DomainType | undefined {
  const t = resolveUserType(cat, schema, name);
  return t?.kind === 'domain' ? cat.domains.get(`${t.schema}.${t.name}`) : undefined;
}

/** Add a CHECK constraint; returns false (after reporting) when it cannot be added. */
function addCheck(ctx: ApplyContext, d: DomainType, c: PgConstraint, inCreate: boolean, chosen: Set<string>): boolean {
  if (c.contype !== 'CONSTR_CHECK') {
    fail(ctx, 'invalid-definition', `only CHECK and NOT NULL constraints are allowed on domain ${d.name}`);
    return false;
  }
  const name = c.conname
    ? truncateIdent(c.conname)
    : chooseName(d.name, undefined, 'check', (n) => chosen.has(n) || constraintNameTaken(ctx.cat, d.schema, n));
  if (d.constraints.has(name)) {
    fail(ctx, 'duplicate-object', `constraint "${name}" for domain ${d.name} already exists`);
    return false;
  }
  chosen.add(name);
  d.constraints.set(name, { name, expr: makeExpr(c.raw_expr!, { catalog: ctx.cat }), notValid: !inCreate && !!c.skip_validation });
  return true;
}

export function createDomain(ctx: ApplyContext, s: CreateDomainStmt): void {
  const q = qualifiedFromList(strings(s.domainname));
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  if (!ctx.cat.schemas.has(schema) && ctx.mode === 'replay') return fail(ctx, 'missing-object', `schema "${schema}" does not exist`);
  if (resolveUserType(ctx.cat, schema, name)) return fail(ctx, 'duplicate-object', `type "${name}" already exists`);
  const baseType = typeFromNode(s.typeName!, ctx.cat);
  const d: DomainType = { schema, name, baseType, notNull: false, constraints: new Map(), origin: origin(ctx) };
  const coll = collationFromNames(ctx.cat, s.collClause?.collname);
  if (coll) d.collation = coll;
  const chosen = new Set<string>();
  for (const n of s.constraints ?? []) {
    const c = (n as { Constraint: PgConstraint }).Constraint;
    if (c.contype === 'CONSTR_NOTNULL') d.notNull = true;
    else if (c.contype === 'CONSTR_NULL') d.notNull = false;
    else if (c.contype === 'CONSTR_DEFAULT') d.default = makeExpr(c.raw_expr!, { type: baseType, catalog: ctx.cat });
    else addCheck(ctx, d, c, true, chosen);
  }
  ctx.cat.domains.set(`${schema}.${name}`, d);
}

export function alterDomain(ctx: ApplyContext, s: AlterDomainStmt): void {
  const q = qualifiedFromList(strings(s.typeName));
  const d = resolveDomain(ctx.cat, q.schema, q.name);
  if (!d) return fail(ctx, 'missing-object', `type "${q.schema ? q.schema + '.' : ''}${q.name}" does not exist`);
  switch (s.subtype) {
    case 'T': // SET / DROP DEFAULT
      if (s.def) d.default = makeExpr(s.def, { type: d.baseType, catalog: ctx.cat });
      else delete d.default;
      return;
    case 'N':
      d.notNull = false;
      return;
    case 'O':
      d.notNull = true;
      return;
    case 'C': {
      const c = (s.def as { Constraint: PgConstraint }).Constraint;
      if (c.contype === 'CONSTR_NOTNULL') d.notNull = true;
      else addCheck(ctx, d, c, false, new Set());
      return;
    }
    case 'X': {
      const name = s.name ?? '';
      if (!d.constraints.delete(name) && !s.missing_ok) fail(ctx, 'missing-object', `constraint "${name}" of domain "${d.name}" does not exist`);
      return;
    }
    case 'V': {
      const c = d.constraints.get(s.name ?? '');
      if (!c) return fail(ctx, 'missing-object', `constraint "${s.name}" of domain "${d.name}" does not exist`);
      c.notValid = false;
      return;
    }
    default:
      fail(ctx, 'unmodelled-statement', `ALTER DOMAIN subcommand ${s.subtype} is not modelled`);
  }
}
