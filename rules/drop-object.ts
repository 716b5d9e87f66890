import type { Node } from '@pgsql/types';
import type { Finding, Rule, RuleContext } from '../lib/lint/types.js';
import { strings } from '../lib/parse/ast.js';

/** Object kinds this rule covers (tables, columns, schemas, databases, indexes and constraints have their own rules). */
const KINDS: Record<string, string> = {
  OBJECT_VIEW: 'VIEW',
  OBJECT_MATVIEW: 'MATERIALIZED VIEW',
  OBJECT_SEQUENCE: 'SEQUENCE',
  OBJECT_TYPE: 'TYPE',
  OBJECT_DOMAIN: 'DOMAIN',
  OBJECT_FUNCTION: 'FUNCTION',
  OBJECT_PROCEDURE: 'PROCEDURE',
  OBJECT_TRIGGER: 'TRIGGER',
  OBJECT_EXTENSION: 'EXTENSION',
  OBJECT_POLICY: 'POLICY',
  OBJECT_FOREIGN_TABLE: 'FOREIGN TABLE',
};

/** The unqualified name of a dropped object (last name; triggers and policies: `table.name`). */
function droppedName(kind: string, o: Node): string {
  if ('List' in o) {
    const parts = strings(o.List.items);
    return kind === 'TRIGGER' || kind === 'POLICY' ? parts.slice(-2).join('.') : parts[parts.length - 1] ?? '';
  }
  if ('ObjectWithArgs' in o) return strings(o.ObjectWithArgs.objname).pop() ?? '';
  if ('TypeName' in o) return strings(o.TypeName.names).pop() ?? '';
  if ('String' in o) return o.String.sval ?? '';
  return '';
}

/** The object a CREATE statement makes, as `KIND:name`. */
function createdObject(n: Node): string | undefined {
  if ('ViewStmt' in n) return `VIEW:${n.ViewStmt.view?.relname ?? ''}`;
  if ('CreateTableAsStmt' in n && n.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW') return `MATERIALIZED VIEW:${n.CreateTableAsStmt.into?.rel?.relname ?? ''}`;
  if ('CreateSeqStmt' in n) return `SEQUENCE:${n.CreateSeqStmt.sequence?.relname ?? ''}`;
  if ('CreateEnumStmt' in n) return `TYPE:${strings(n.CreateEnumStmt.typeName).pop() ?? ''}`;
  if ('CompositeTypeStmt' in n) return `TYPE:${n.CompositeTypeStmt.typevar?.relname ?? ''}`;
  if ('CreateRangeStmt' in n) return `TYPE:${strings(n.CreateRangeStmt.typeName).pop() ?? ''}`;
  if ('CreateDomainStmt' in n) return `DOMAIN:${strings(n.CreateDomainStmt.domainname).pop() ?? ''}`;
  if ('CreateFunctionStmt' in n) return `${n.CreateFunctionStmt.is_procedure ? 'PROCEDURE' : 'FUNCTION'}:${strings(n.CreateFunctionStmt.funcname).pop() ?? ''}`;
  if ('CreateTrigStmt' in n) return `TRIGGER:${n.CreateTrigStmt.relation?.relname ?? ''}.${n.CreateTrigStmt.trigname ?? ''}`;
  if ('CreateExtensionStmt' in n) return `EXTENSION:${n.CreateExtensionStmt.extname ?? ''}`;
  if ('CreatePolicyStmt' in n) return `POLICY:${n.CreatePolicyStmt.table?.relname ?? ''}.${n.CreatePolicyStmt.policy_name ?? ''}`;
  if ('CreateForeignTableStmt' in n) return `FOREIGN TABLE:${n.CreateForeignTableStmt.base?.relation?.relname ?? ''}`;
  return undefined;
}

interface Drop extends Finding {
  key: string;
  /** Index of the statement, to match a later CREATE of the same object. */
  at: number;
}

interface State {
  statement: number;
  /** Per migration (reset with the migration scratch): objects created so far, with the statement index. */
  drops: Drop[];
  created: Map<string, number[]>;
}

function state(ctx: RuleContext): State {
  let s = ctx.scratch.get('drop-object') as State | undefined;
  if (!s) {
    s = { statement: 0, drops: [], created: new Map() };
    ctx.scratch.set('drop-object', s);
    // the migration's pending drops are settled at the end of the file (all migrations of it)
    const all = (ctx.fileScratch.get('drop-object') as State[] | undefined) ?? [];
    all.push(s);
    ctx.fileScratch.set('drop-object', all);
  }
  return s;
}

const rule: Rule = {
  id: 'drop-object',
  defaultSeverity: 'off',
  category: 'destructive',
  types: ['DropStmt', 'ViewStmt', 'CreateTableAsStmt', 'CreateSeqStmt', 'CreateEnumStmt', 'CompositeTypeStmt', 'CreateRangeStmt', 'CreateDomainStmt', 'CreateFunctionStmt', 'CreateTrigStmt', 'CreateExtensionStmt', 'CreatePolicyStmt', 'CreateForeignTableStmt'],
  docs: {
    summary: 'DROP VIEW / MATERIALIZED VIEW / SEQUENCE / TYPE / DOMAIN / FUNCTION / PROCEDURE / TRIGGER / EXTENSION / POLICY / FOREIGN TABLE of an object that exists before the migration (opt-in).',
    why: 'Deployed code (or an application rolled back to the previous release) that still uses the object fails as soon as the migration commits; a dropped trigger or policy silently stops enforcing what it enforced. An object created earlier in the same migration, or dropped and created again in it (a dependent recreated around a change), is not reported. Off by default (squawk\'s ban-drop-view, ban-drop-function, ban-drop-trigger, ban-drop-type, ban-drop-sequence, ban-drop-domain, ban-drop-extension, ban-drop-policy).',
    fix: 'Stop using the object in deployed code first, then drop it in a later migration (with a suppression that says why).',
  },
  examples: {
    bad: ['DROP VIEW active_users;', 'DROP FUNCTION normalize_email(text);', 'DROP TRIGGER users_audit ON users;', 'DROP TYPE mood;', 'DROP SEQUENCE invoice_numbers;'],
    good: [
      'CREATE VIEW tmp_report AS SELECT 1 AS x;\nDROP VIEW tmp_report;',
      'DROP VIEW active_users;\nCREATE VIEW active_users AS SELECT 1 AS id;',
      'DROP INDEX CONCURRENTLY users_email_idx;',
    ],
  },
  check(ctx) {
    const s = state(ctx);
    const i = s.statement++;
    const n = ctx.node;
    const made = createdObject(n);
    if (made) {
      s.created.set(made, [...(s.created.get(made) ?? []), i]);
      return;
    }
    if (!('DropStmt' in n)) return;
    const kind = KINDS[n.DropStmt.removeType ?? ''];
    if (!kind) return;
    for (const o of n.DropStmt.objects ?? []) {
      const key = `${kind}:${droppedName(kind, o)}`;
      // created earlier in this migration: new, nothing uses it yet
      if (s.created.has(key)) continue;
      s.drops.push({ key, at: i, message: `DROP ${kind} ${droppedName(kind, o)}: deployed code that uses it fails once the migration commits.`, span: ctx.find(/drop\s+\w+(\s+view)?/i) });
    }
  },
  finish(ctx) {
    for (const s of (ctx.fileScratch.get('drop-object') as State[] | undefined) ?? []) {
      for (const d of s.drops) {
        // dropped and created again later in the same migration: a recreation, not a removal
        if ((s.created.get(d.key) ?? []).some((at) => at > d.at)) continue;
        ctx.report({ message: d.message, span: d.span });
      }
    }
  },
};
export default rule;
