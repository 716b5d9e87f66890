/** COMMENT ON the kinds of issue 4's type and security work: user types, domains, domain constraints, collations, text search dictionaries and configurations, policies. */
import type { CommentStmt, Node } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import { listItems, qualifiedFromList, strings } from '../../parse/ast.js';
import { resolveCollation } from './collation.js';
import { resolveDomain } from './domain.js';
import { resolveTable } from '../query/resolve.js';
import { findUserType } from './user-type.js';
import { resolveTsDictionary } from './text-search-dictionary.js';
import { resolveTsConfig } from './text-search-config.js';
import { truncateIdent } from '../query/names.js';

/**
 * The object a COMMENT ON statement targets, when it is one of these kinds: `{ found }` (possibly
 * undefined when missing) or undefined when the statement is about another kind.
 */
export function commentTarget(cat: Catalog, s: CommentStmt): { found: { comment?: string } | undefined; what: string } | undefined {
  const obj = s.object as Node;
  const tn = (obj as { TypeName?: { names?: Node[] } }).TypeName;
  const parts = tn ? strings(tn.names) : strings(listItems(obj));
  switch (s.objtype) {
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN': {
      const q = qualifiedFromList(parts);
      return { found: findUserType(cat, q.schema, q.name)?.type, what: 'type' };
    }
    case 'OBJECT_DOMCONSTRAINT': {
      const [typeNode, nameNode] = listItems(obj);
      const q = qualifiedFromList(strings((typeNode as { TypeName?: { names?: Node[] } }).TypeName?.names));
      const name = strings([nameNode!])[0] ?? '';
      return { found: resolveDomain(cat, q.schema, q.name)?.constraints.get(name), what: 'constraint' };
    }
    case 'OBJECT_COLLATION': {
      const q = qualifiedFromList(parts);
      return { found: resolveCollation(cat, q.schema, q.name), what: 'collation' };
    }
    case 'OBJECT_TSDICTIONARY': {
      const q = qualifiedFromList(parts);
      return { found: resolveTsDictionary(cat, q.schema, q.name), what: 'text search dictionary' };
    }
    case 'OBJECT_TSCONFIGURATION': {
      const q = qualifiedFromList(parts);
      return { found: resolveTsConfig(cat, q.schema, q.name), what: 'text search configuration' };
    }
    case 'OBJECT_PUBLICATION':
      return { found: cat.publications.get(truncateIdent(strings([obj])[0] ?? '')), what: 'publication' };
    case 'OBJECT_POLICY': {
      const t = resolveTable(cat, qualifiedFromList(parts.slice(0, -1)));
      return { found: t?.policies?.get(parts[parts.length - 1]!), what: 'policy' };
    }
    default:
      return undefined;
  }
}
