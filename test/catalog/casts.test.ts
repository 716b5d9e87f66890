/**
 * lib/catalog/query/casts.ts against a real database (PGlite, and PostgreSQL 15 with PGSHIFT_TEST_URL):
 * for every pair of common built-in types, `castKind` says 'none' exactly when PostgreSQL refuses
 * the cast, and a change pgshift emits without USING (assignableWithoutUsing) really needs none.
 * Then the USING placeholder of a change with no cast fails loudly at apply, naming itself, never
 * with a cast error.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { castKind } from '../../lib/catalog/query/casts.js';
import { assignableWithoutUsing, typeFromNode } from '../../lib/catalog/query/types.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { withScratchDb } from '../helpers/scratch.js';
import { bindSql, generateSql } from '../helpers/golden.js';
import { migrationBetween } from '../../lib/api/diff.js';
import { DbError } from '../../lib/db/client.js';

const TYPES = [
  'smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision', 'money', 'boolean', 'text', 'varchar', 'char(1)',
  'bytea', 'date', 'timestamp', 'timestamptz', 'time', 'timetz', 'interval', 'json', 'jsonb', 'uuid', 'inet', 'cidr',
  'macaddr', 'bit(8)', 'varbit', 'xml', 'point', 'tsvector', 'integer[]', 'text[]',
];

async function typeRef(sql: string) {
  await initParser();
  const stmt = parseFile({ path: 't.sql', text: `SELECT NULL::${sql}` }).statements[0]!.node as any;
  return typeFromNode(stmt.SelectStmt.targetList[0].ResTarget.val.TypeCast.typeName);
}

async function sqlState(db: { exec: (s: string) => Promise<unknown> }, sql: string): Promise<string | undefined> {
  try {
    await db.exec(sql);
    return undefined;
  } catch (e) {
    if (e instanceof DbError) return e.code ?? 'error';
    return (e as { code?: string }).code ?? 'error';
  }
}

test('castKind and assignableWithoutUsing agree with the database for every pair of common types', async () => {
  const refs = new Map<string, Awaited<ReturnType<typeof typeRef>>>();
  for (const t of TYPES) refs.set(t, await typeRef(t));
  const wrong = await withScratchDb(async (db) => {
    const out: string[] = [];
    const [{ v }] = await db.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
    const pg = Math.floor(Number(v) / 10000);
    for (const [i, t] of TYPES.entries()) await db.exec(`CREATE TABLE target_${i} (c ${t})`);
    for (const f of TYPES) {
      for (const [i, t] of TYPES.entries()) {
        if (f === t) continue;
        const kind = castKind(refs.get(f)!, refs.get(t)!, pg);
        const cast = await sqlState(db, `SELECT NULL::${f}::${t}`);
        const noCast = cast === '42846';
        if ((kind === 'none') !== noCast) out.push(`${f} → ${t}: castKind ${kind}, database ${cast ?? 'casts'}`);
        if (assignableWithoutUsing(refs.get(f)!, refs.get(t)!)) {
          // assignment: what ALTER COLUMN … TYPE without USING does
          const assign = await sqlState(db, `INSERT INTO target_${i} (c) SELECT NULL::${f}`);
          if (assign) out.push(`${f} → ${t}: emitted without USING, but the database needs one (${assign})`);
        }
      }
    }
    return out;
  });
  assert.equal(wrong, []);
});

test('no cast: a located warning names the column, and the USING placeholder fails loudly, not with a cast error', async () => {
  const from = 'CREATE TABLE t (created bigint, flag boolean, doc jsonb);';
  const to = 'CREATE TABLE t (created timestamp, flag bigint, doc integer);';
  const a = await bindSql(from, 'from.sql');
  const b = await bindSql(to, 'to.sql');
  const m = migrationBetween(a.catalog, b.catalog);
  const warnings = m.diagnostics.filter((d) => d.code === 'no-cast');
  assert.equal(warnings.map((d) => `${d.file} ${d.message.split(':')[0]}`).sort(), [
    'from.sql column public.t.created', 'from.sql column public.t.doc', 'from.sql column public.t.flag',
    'to.sql column public.t.created', 'to.sql column public.t.flag',
  ]);
  const { up } = await generateSql(from, to);
  assert.match(up, 'ALTER COLUMN created TYPE timestamp without time zone USING pgshift_write_conversion_here(created)');
  assert.match(up, 'ALTER COLUMN doc TYPE integer USING doc::integer'); // jsonb → integer: an explicit cast exists
  const states = await withScratchDb(async (db) => {
    await db.exec(from);
    const out: string[] = [];
    for (const stmt of up.split(';\n').filter((s) => s.includes('pgshift_write_conversion_here'))) {
      out.push((await sqlState(db, stmt.replace(/^--.*$/gm, '').trim())) ?? 'ran');
    }
    return out;
  });
  assert.equal(states, ['42883', '42883']); // undefined_function, never 42846 cannot_coerce
});

test.run();
