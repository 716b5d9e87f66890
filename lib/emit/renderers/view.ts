/** Views and materialized views: CREATE [OR REPLACE], DROP, ALTER VIEW … SET / RESET. */
import { deparseSync } from '../libraries.js';
import type { Node } from '@pgsql/types';
import type { ChangeOf } from '../../diff/change.js';
import type { View } from '../../catalog/model/catalog.js';
import type { ViewOptions } from '../../catalog/model/view.js';
import { figureColname } from '../../catalog/query/colname.js';
import { ident, literal, qualified } from '../../source/quote.js';
import { exprSql } from '../expr.js';

/** The stored query as SQL; output names PostgreSQL would derive anyway are left out. */
export function querySql(query: Node): string {
  const copy = structuredClone(query) as Record<string, any>;
  const strip = (s: Record<string, any>) => {
    if (s.op && s.op !== 'SETOP_NONE') { strip(s.larg); strip(s.rarg); return; }
    for (const t of s.targetList ?? []) {
      const rt = t.ResTarget;
      if (rt?.name && rt.name === figureColname(rt.val)) delete rt.name;
    }
  };
  strip(copy.SelectStmt ?? copy);
  return deparseSync(copy as Node).trim();
}

function relkind(v: View): string {
  return v.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
}

/** `name=value` of a view's security option, the value quoted unless PostgreSQL would store it as written. */
function optionSql(name: string, value: string): string {
  return `${name}=${/^(\d+|[a-z_][a-z0-9_]*)$/.test(value) ? value : literal(value)}`;
}

/** The security options a view sets (an explicit false included: PostgreSQL keeps it). */
function securityOptions(o: ViewOptions): string[] {
  return [
    ...(o.securityBarrier !== undefined ? [optionSql('security_barrier', o.securityBarrier)] : []),
    ...(o.securityInvoker !== undefined ? [optionSql('security_invoker', o.securityInvoker)] : []),
  ];
}

/** `WITH (…)` options of a view (security ones) or a materialized view (storage ones). */
function withOptions(v: View): string {
  const opts = v.materialized ? v.storage : securityOptions(v.options);
  return opts.length ? ` WITH (${opts.join(', ')})` : '';
}

function viewSql(v: View, replace: boolean): string {
  const using = v.materialized && v.accessMethod ? ` USING ${ident(v.accessMethod)}` : '';
  let s = `CREATE ${replace ? 'OR REPLACE ' : ''}${relkind(v)} ${qualified(v.schema, v.name)}${using}${withOptions(v)} AS\n${querySql(v.query.node)}`;
  if (!v.materialized && v.options.checkOption) s += `\nWITH ${v.options.checkOption.toUpperCase()} CHECK OPTION`;
  if (v.materialized && !v.withData) s += '\nWITH NO DATA';
  return s;
}

export const createView = (c: ChangeOf<'create_view'>) => [viewSql(c.view, false)];
export const replaceView = (c: ChangeOf<'replace_view'>) => [viewSql(c.view, true)];
export const completeView = (c: ChangeOf<'complete_view'>) => [viewSql(c.view, true)];
export const dropView = (c: ChangeOf<'drop_view'>) => [`DROP ${relkind(c.view)} ${qualified(c.view.schema, c.view.name)}`];

/** Storage options of a materialized view to SET (`name=value`) and RESET (`name`). */
function storageChanges(from: string[], to: string[]): { set: string[]; reset: string[] } {
  const names = new Set(to.map((o) => o.split('=')[0]));
  return { set: to.filter((o) => !from.includes(o)), reset: from.map((o) => o.split('=')[0]!).filter((n) => !names.has(n)) };
}

export const alterViewOptions = (c: ChangeOf<'alter_view_options'>) => {
  if (c.view.materialized) {
    const { set, reset } = storageChanges(c.from.storage, c.view.storage);
    const name = `ALTER MATERIALIZED VIEW ${qualified(c.view.schema, c.view.name)}`;
    const am = c.from.accessMethod !== c.view.accessMethod ? [`${name} SET ACCESS METHOD ${ident(c.view.accessMethod ?? 'heap')}`] : [];
    return [...am, ...(set.length ? [`${name} SET (${set.join(', ')})`] : []), ...(reset.length ? [`${name} RESET (${reset.join(', ')})`] : [])];
  }
  const set: string[] = [];
  const reset: string[] = [];
  const a = c.from.options;
  const b = c.view.options;
  if (a.securityBarrier !== b.securityBarrier) (b.securityBarrier !== undefined ? set.push(optionSql('security_barrier', b.securityBarrier)) : reset.push('security_barrier'));
  if (a.securityInvoker !== b.securityInvoker) (b.securityInvoker !== undefined ? set.push(optionSql('security_invoker', b.securityInvoker)) : reset.push('security_invoker'));
  if (a.checkOption !== b.checkOption) (b.checkOption ? set.push(`check_option=${b.checkOption}`) : reset.push('check_option'));
  const name = `ALTER VIEW ${qualified(c.view.schema, c.view.name)}`;
  return [...(set.length ? [`${name} SET (${set.join(', ')})`] : []), ...(reset.length ? [`${name} RESET (${reset.join(', ')})`] : [])];
};

export const setViewDefault = (c: ChangeOf<'set_view_default'>) => [
  `ALTER VIEW ${qualified(c.view.schema, c.view.name)} ALTER COLUMN ${ident(c.column)} ${c.default ? `SET DEFAULT ${exprSql(c.default)}` : 'DROP DEFAULT'}`,
];

export const setMatviewCompression = (c: ChangeOf<'set_matview_compression'>) =>
  [`ALTER MATERIALIZED VIEW ${qualified(c.view.schema, c.view.name)} ALTER COLUMN ${ident(c.column)} SET COMPRESSION ${c.compression ?? 'default'}`];
