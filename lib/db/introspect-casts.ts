/**
 * Introspected casts and event triggers → DDL (for pull, drift and verify), as pg_dump writes them.
 * Both are database-wide: a statement goes with the schema of the function it names (a cast without
 * one: the schema of its target, else its source type).
 */
import { ident, literal } from '../source/quote.js';
import type { DdlStatement, IntrospectRows } from './introspect-rows.js';

const CONTEXT: Record<string, string> = { e: '', a: ' AS ASSIGNMENT', i: ' AS IMPLICIT' };
const STATE: Record<string, string> = { D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' };

export function castDdl(rows: IntrospectRows, comment: (schema: string, object: string, target: string, text: string | null | undefined) => void): DdlStatement[] {
  const out: DdlStatement[] = [];
  for (const c of rows['casts'] ?? []) {
    const pair = `(${c.source as string} AS ${c.target as string})`;
    const how = c.method === 'i' ? 'WITH INOUT' : c.method === 'b' ? 'WITHOUT FUNCTION' : `WITH FUNCTION ${c.function as string}`;
    const object = `cast ${pair}`;
    out.push({ schema: c.schema, kind: 'function', object, sql: `CREATE CAST ${pair} ${how}${CONTEXT[c.context as string] ?? ''};` });
    comment(c.schema, object, `CAST ${pair}`, c.comment);
  }
  for (const e of rows['eventTriggers'] ?? []) {
    const name = ident(e.name);
    const tags = (e.tags as string[] | null)?.length ? ` WHEN TAG IN (${(e.tags as string[]).map(literal).join(', ')})` : '';
    const object = `event trigger ${e.name as string}`;
    out.push({ schema: e.schema, kind: 'function', object, sql: `CREATE EVENT TRIGGER ${name} ON ${e.event as string}${tags} EXECUTE FUNCTION ${e.function as string}();` });
    if (STATE[e.enabled as string]) out.push({ schema: e.schema, kind: 'function', object, sql: `ALTER EVENT TRIGGER ${name} ${STATE[e.enabled as string]};` });
    comment(e.schema, object, `EVENT TRIGGER ${name}`, e.comment);
  }
  return out;
}
