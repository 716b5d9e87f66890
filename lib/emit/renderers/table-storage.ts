/** ALTER TABLE ONLY … SET (…) / RESET (…) for storage parameters. */
import type { ChangeOf } from '../../diff/change.js';
import { literal, qualified } from '../../source/quote.js';

/** `name=value`, the value quoted unless it is a plain word or number. */
function parameterSql(p: string): string {
  const eq = p.indexOf('=');
  const value = p.slice(eq + 1);
  return `${p.slice(0, eq)} = ${/^[A-Za-z0-9_.+-]+$/.test(value) ? value : literal(value)}`;
}

export const setTableStorage = (c: ChangeOf<'set_table_storage'>) => {
  const name = qualified(c.table.schema, c.table.name);
  const out: string[] = [];
  if (c.reset.length) out.push(`ALTER TABLE ONLY ${name} RESET (${c.reset.join(', ')})`);
  if (c.set.length) out.push(`ALTER TABLE ONLY ${name} SET (${c.set.map(parameterSql).join(', ')})`);
  return out;
};
