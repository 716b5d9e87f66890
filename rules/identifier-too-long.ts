import type { Node } from '@pgsql/types';
import type { Rule } from '../lib/lint/types.js';
import { strings } from '../lib/catalog/ast.js';
import { truncateIdent } from '../lib/catalog/names.js';

const DEFINING_KEYS = ['colname', 'conname', 'idxname', 'trigname', 'policy_name', 'newname'];

/** Names a statement defines (not the names it refers to), with the location to point at. */
function definedNames(node: Node): { name: string; location?: number }[] {
  const out: { name: string; location?: number }[] = [];
  const visit = (n: unknown, parentLoc?: number): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => visit(x, parentLoc));
    const o = n as Record<string, unknown>;
    const loc = typeof o.location === 'number' ? (o.location as number) : parentLoc;
    for (const k of DEFINING_KEYS) if (typeof o[k] === 'string') out.push({ name: o[k] as string, location: loc });
    for (const v of Object.values(o)) if (v && typeof v === 'object') visit(v, loc);
  };
  const created = (rv: { relname?: string; location?: number } | undefined) => rv?.relname && out.push({ name: rv.relname, location: rv.location });
  if ('CreateStmt' in node) created(node.CreateStmt.relation);
  else if ('ViewStmt' in node) created(node.ViewStmt.view);
  else if ('CreateTableAsStmt' in node) created(node.CreateTableAsStmt.into?.rel);
  else if ('CreateSeqStmt' in node) created(node.CreateSeqStmt.sequence);
  else if ('CreateEnumStmt' in node) out.push({ name: strings(node.CreateEnumStmt.typeName).pop() ?? '' });
  else if ('CreateDomainStmt' in node) out.push({ name: strings(node.CreateDomainStmt.domainname).pop() ?? '' });
  else if ('CreateSchemaStmt' in node) out.push({ name: node.CreateSchemaStmt.schemaname ?? '' });
  if ('CreateStmt' in node || 'AlterTableStmt' in node || 'IndexStmt' in node || 'RenameStmt' in node || 'CreateTrigStmt' in node || 'CreatePolicyStmt' in node) {
    visit(Object.values(node)[0]);
  }
  return out;
}

const rule: Rule = {
  id: 'identifier-too-long',
  defaultSeverity: 'error',
  category: 'design',
  docs: {
    summary: 'Identifiers over 63 bytes (PostgreSQL truncates them silently).',
    why: 'PostgreSQL truncates identifiers to 63 bytes with only a NOTICE: two long names can collide, and later migrations or code that use the full name refer to an object whose real name differs.',
    fix: 'Choose a name of at most 63 bytes (multi-byte characters count for several bytes).',
  },
  examples: {
    bad: ['CREATE INDEX index_on_merge_request_diff_commit_users_on_commit_author_and_committer_name ON t (a);'],
    good: ['CREATE INDEX idx_mr_diff_commit_users_author_committer ON t (a);'],
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const { name, location } of definedNames(ctx.node)) {
      if (!name || seen.has(name) || truncateIdent(name) === name) continue;
      seen.add(name);
      const at = location !== undefined ? ctx.clauseAt(location) : ctx.find(new RegExp(name.replace(/[^\w]/g, '.')));
      ctx.report({ message: `Identifier "${name}" is ${Buffer.byteLength(name)} bytes; PostgreSQL truncates it to "${truncateIdent(name)}".`, span: at });
    }
  },
};
export default rule;
