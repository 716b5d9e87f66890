/**
 * pg_dump's spelling of partitioned tables, their indexes and keys (standalone CREATE TABLE + ALTER
 * TABLE ONLY … ATTACH PARTITION, CREATE INDEX … ON ONLY, ALTER INDEX … ATTACH PARTITION, ALTER TABLE
 * ONLY … ADD CONSTRAINT), of inheritance, and of keys that adopted an index (USING INDEX) binds to the
 * same catalogue as the hand-written DDL: the diff is empty both ways. Against the stored output of
 * pg_dump 15, and, with PGSHIFT_TEST_URL and pg_dump 15 installed, against a fresh dump of the DDL
 * loaded into the server.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';
import type { Catalog } from '../../lib/catalog/model/catalog.js';
import { runScript } from '../../lib/db/scratch.js';
import { testDatabase } from '../helpers/online.js';

const DIR = resolve('test/catalog/fixtures/pg-dump-partitions');
const PLAIN = readFileSync(`${DIR}/plain.sql`, 'utf8');
const DUMP15 = readFileSync(`${DIR}/dump15.sql`, 'utf8');
const PG_DUMP = '/usr/lib/postgresql/15/bin/pg_dump';

async function catalog(path: string, text: string): Promise<Catalog> {
  await initParser();
  const r = bind([parseFile({ path, text })]);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}: ${d.message}`), []);
  return r.catalog;
}

/** The changes between two catalogues, both ways, as `kind name` lines. */
function changes(a: Catalog, b: Catalog): string[] {
  const show = (c: ReturnType<typeof diff>[number]) => {
    const o = c as unknown as Record<string, { name?: string } | undefined>;
    return `${c.kind} ${o['index']?.name ?? o['constraint']?.name ?? o['table']?.name ?? ''}`.trim();
  };
  return [...diff(a, b).map((c) => `up: ${show(c)}`), ...diff(b, a).map((c) => `down: ${show(c)}`)];
}

test('the stored pg_dump 15 output of the partitioned schema equals the hand-written DDL', async () => {
  assert.equal(changes(await catalog('plain.sql', PLAIN), await catalog('dump15.sql', DUMP15)), []);
});

test('partition indexes and keys keep their names in both forms', async () => {
  const cat = await catalog('plain.sql', PLAIN);
  // written before ATTACH: the partition's own index becomes its copy of the parent's
  assert.is(cat.indexes.get('public.m_old_by_customer')?.parent, 'public.m_customer_id_idx');
  assert.is(cat.indexes.get('public.m_old_key')?.parent, 'public.m_pkey');
  assert.is(cat.indexes.get('public.m_2024_at')?.parent, 'public.m_at');
  assert.is(cat.indexes.get('public.m_2025_a_customer_id_idx')?.parent, 'public.m_2025_customer_id_idx');
  assert.is(cat.indexes.get('public.m_2024_peak')?.parent, undefined);
  // USING INDEX renames the index to the constraint's name
  assert.ok(cat.indexes.get('public.t2_pk')?.constraint);
  assert.not.ok(cat.indexes.has('public.t2_uq'));
  assert.ok(cat.tables.get('public.t3')?.constraints.has('t3_code'));
});

test('a fresh pg_dump --schema-only of the DDL loaded into PostgreSQL binds to the same catalogue', async () => {
  if (!process.env['PGSHIFT_TEST_URL'] || !existsSync(PG_DUMP)) {
    console.log('  (skipped: needs PGSHIFT_TEST_URL and pg_dump 15)');
    return;
  }
  const db = await testDatabase('server');
  try {
    const c = await db.open();
    try {
      const version = Number((await c.query<{ server_version_num: string }>('SHOW server_version_num'))[0]?.server_version_num);
      if (Math.floor(version / 10000) !== 15) {
        console.log(`  (skipped: the server is not PostgreSQL 15: ${version})`);
        return;
      }
      await runScript(c, 'plain.sql', PLAIN);
    } finally {
      await c.close();
    }
    const { stdout } = await promisify(execFile)(PG_DUMP, ['--schema-only', '--no-owner', '-d', db.url], { maxBuffer: 16 << 20 });
    // (newer pg_dump builds write psql meta-commands around the script)
    const dumped = stdout.split('\n').filter((l) => !l.startsWith('\\')).join('\n');
    assert.equal(changes(await catalog('plain.sql', PLAIN), await catalog('pg_dump.sql', dumped)), []);
  } finally {
    await db.dispose();
  }
});

test.run();
