/**
 * Column types as pg_attribute stores them and format_type prints them (PostgreSQL 15): the written
 * form on the left, format_type(atttypid, atttypmod) on the right. Equal right sides are one type.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TypeName } from '@pgsql/types';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { sameType, typeFromNode, typeToSql } from '../../lib/catalog/query/types.js';

async function typeOf(sql: string) {
  await initParser();
  const [s] = parseFile({ path: 'x.sql', text: `CREATE TABLE t (c ${sql})` }).statements;
  const col = (s!.node as { CreateStmt: { tableElts: { ColumnDef: { typeName: TypeName } }[] } }).CreateStmt.tableElts[0]!;
  return typeFromNode(col.ColumnDef.typeName);
}

const FORMS: [string, string][] = [
  ['interval', 'interval'], ['interval(1)', 'interval(1)'], ['interval(9)', 'interval(6)'],
  ['interval second', 'interval second'], ['interval second(3)', 'interval second(3)'], ['interval second(6)', 'interval second(6)'],
  ['interval year', 'interval year'], ['interval month', 'interval month'], ['interval day', 'interval day'],
  ['interval hour', 'interval hour'], ['interval minute', 'interval minute'], ['interval year to month', 'interval year to month'],
  ['interval day to hour', 'interval day to hour'], ['interval day to minute', 'interval day to minute'],
  ['interval day to second', 'interval day to second'], ['interval day to second(9)', 'interval day to second(6)'],
  ['interval hour to minute', 'interval hour to minute'], ['interval hour to second(4)[]', 'interval hour to second(4)[]'],
  ['interval minute to second(0)', 'interval minute to second(0)'],
  ['bpchar', 'bpchar'], ['bpchar[]', 'bpchar[]'], ['pg_catalog.bpchar', 'bpchar'], ['bpchar(3)[]', 'character(3)[]'],
  ['char', 'character(1)'], ['character', 'character(1)'], ['"char"', '"char"'], ['pg_catalog."char"', '"char"'],
  ['bit', 'bit(1)'], ['"bit"', '"bit"'], ['pg_catalog.bit', '"bit"'], ['"bit"[]', '"bit"[]'], ['bit(4)', 'bit(4)'],
  ['varbit', 'bit varying'], ['bit varying(4)', 'bit varying(4)'],
  ['float(24)', 'real'], ['float4', 'real'], ['float(25)', 'double precision'], ['float', 'double precision'], ['float(53)', 'double precision'],
  ['decimal', 'numeric'], ['decimal(5)', 'numeric(5,0)'], ['numeric(5)', 'numeric(5,0)'], ['numeric(5,0)', 'numeric(5,0)'], ['numeric(7)[]', 'numeric(7,0)[]'],
  ['timestamp', 'timestamp without time zone'], ['"timestamp"', 'timestamp without time zone'], ['timestamp(6)', 'timestamp(6) without time zone'],
  ['timestamp(8) with time zone', 'timestamp(6) with time zone'], ['timestamptz(0)', 'timestamp(0) with time zone'],
  ['time(7)', 'time(6) without time zone'], ['time(2) with time zone', 'time(2) with time zone'],
  ['"varchar"', 'character varying'], ['varchar(3)', 'character varying(3)'],
];

test('written forms print as format_type prints them', async () => {
  for (const [written, stored] of FORMS) assert.is(typeToSql(await typeOf(written)), stored, written);
});

test('forms pg_attribute stores alike compare equal, and no others', async () => {
  const types = await Promise.all(FORMS.map(async ([w, s]) => ({ w, s, t: await typeOf(w) })));
  for (const a of types) {
    for (const b of types) assert.is(sameType(a.t, b.t), a.s === b.s, `${a.w} vs ${b.w}`);
  }
});

test('printed forms read back as the same type', async () => {
  for (const [written] of FORMS) {
    const t = await typeOf(written);
    assert.ok(sameType(await typeOf(typeToSql(t)), t), written);
  }
});

test.run();
