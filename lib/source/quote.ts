/**
 * The one place identifiers and literals are quoted. Everything that prints a name goes through here.
 * Quoting follows PostgreSQL's quote_identifier() (via @pgsql/quotes): quote only when needed.
 */
import { QuoteUtils } from '@pgsql/quotes';

const cache = new Map<string, string>();

/** Quote an identifier only when PostgreSQL would need it (case, characters, keywords). */
export function ident(name: string): string {
  let q = cache.get(name);
  if (q === undefined) {
    q = QuoteUtils.quoteIdentifier(name);
    cache.set(name, q);
  }
  return q;
}

/** `schema.name`, each part quoted when needed. */
export function qualified(schema: string | undefined, name: string): string {
  return schema ? `${ident(schema)}.${ident(name)}` : ident(name);
}

/** A SQL string literal. */
export function literal(value: string): string {
  return QuoteUtils.needsEscapePrefix(value) ? QuoteUtils.formatEString(value) : `'${value.replace(/'/g, "''")}'`;
}

/** Role names that stand for keywords (PUBLIC, CURRENT_USER, …); PostgreSQL reserves them as role names. */
const ROLE_KEYWORDS: Record<string, string> = { public: 'PUBLIC', current_user: 'CURRENT_USER', session_user: 'SESSION_USER', current_role: 'CURRENT_ROLE' };

/** A role as written in GRANT, policies and OWNER TO. */
export function role(name: string): string {
  return ROLE_KEYWORDS[name] ?? ident(name);
}

/** A list of identifiers, comma separated. */
export function identList(names: readonly string[]): string {
  return names.map(ident).join(', ');
}

/**
 * An operator name, schema-qualified when a schema is given: `public.~<<`. Operator symbols are not
 * identifiers (never quoted); in a position that takes an expression operator they need the
 * OPERATOR(…) form, which `inOperatorForm` gives.
 */
export function operatorName(schema: string | undefined, name: string, inOperatorForm = false): string {
  if (!schema) return name;
  const q = `${ident(schema)}.${name}`;
  return inOperatorForm ? `OPERATOR(${q})` : q;
}
