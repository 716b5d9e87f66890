/**
 * Downgrade backups, proven with data: rows of a dropped table and values of a dropped column
 * (many types, NULLs, quotes and newlines, an identity and a generated column, names that need
 * quoting) are copied before the down script destroys them, and the restore SQL pgshift prints
 * brings back the same rows — compared by count and by content — once the chain is upgraded again.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fixtureProject, queryOnce, runCli, testDatabase, testDatabaseKinds } from '../helpers/online.js';

const CHAIN = [
  {
    name: 'orders',
    up: `CREATE TYPE "Order State" AS ENUM ('new', 'paid', 'it''s shipped');
CREATE TABLE "Order Items" (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "Qty" int NOT NULL,
  note text,
  tags text[],
  meta jsonb,
  placed timestamptz,
  amount numeric(12, 2),
  state "Order State",
  total numeric GENERATED ALWAYS AS ("Qty" * amount) STORED
);`,
    down: `DROP TABLE "Order Items";\nDROP TYPE "Order State";`,
  },
  { name: 'extra', up: `ALTER TABLE "Order Items" ADD COLUMN "Extra; Col" text, ADD COLUMN "ünï" int;`, down: `ALTER TABLE "Order Items" DROP COLUMN "Extra; Col", DROP COLUMN "ünï";` },
];

const ROWS = `INSERT INTO "Order Items" ("Qty", note, tags, meta, placed, amount, state, "Extra; Col", "ünï") VALUES
  (1, 'plain', '{a,b}', '{"k": [1, 2]}', '2026-01-02 03:04:05+00', 9.99, 'new', 'x', 1),
  (2, E'it''s\\nmulti-line; -- not a comment */', '{}', 'null', NULL, NULL, 'it''s shipped', NULL, NULL),
  (3, NULL, NULL, NULL, '-infinity', 0, NULL, '', -7)`;

const CONTENT = `SELECT count(*)::int AS n, coalesce(json_agg(json_build_object('id', id, 'qty', "Qty", 'note', note, 'tags', tags, 'meta', meta, 'placed', placed, 'amount', amount, 'state', state, 'total', total, 'extra', "Extra; Col", 'u', "ünï") ORDER BY id)::text, '[]') AS rows FROM "Order Items"`;

for (const kind of testDatabaseKinds()) {
  test(`${kind}: the printed restore SQL brings the backed-up rows back`, async () => {
    const p = fixtureProject(CHAIN);
    const db = await testDatabase(kind);
    try {
      const up = await runCli(['upgrade', '--cwd', p.dir, '--url', db.url]);
      assert.is(up.code, 0, up.stderr);
      const c = await db.open();
      await c.exec(ROWS);
      await c.close();
      const before = await queryOnce<{ n: number; rows: string }>(db, CONTENT);
      assert.is(before[0]!.n, 3);

      const down = await runCli(['downgrade', 'base', '--cwd', p.dir, '--url', db.url]);
      assert.is(down.code, 0, down.stderr);
      const restores = [...down.stderr.matchAll(/backed up (\d+) row\(s\) of (.+?) into (.+?) before (.+?); to restore them after upgrading again: (.+)$/gm)].map((m) => ({ rows: Number(m[1]), reason: m[4]!, sql: m[5]! }));
      assert.equal(restores.map((r) => [r.rows, r.reason]), [[3, 'DROP COLUMN "Extra; Col", "ünï"'], [3, 'DROP TABLE']], down.stderr);

      const again = await runCli(['upgrade', '--cwd', p.dir, '--url', db.url]);
      assert.is(again.code, 0, again.stderr);
      const c2 = await db.open();
      try {
        // the table's rows first, then the column values (the reverse order of the downgrade)
        for (const r of [...restores].reverse()) await c2.exec(r.sql);
      } finally {
        await c2.close();
      }
      const after = await queryOnce<{ n: number; rows: string }>(db, CONTENT);
      assert.is(after[0]!.n, before[0]!.n, 'row count');
      assert.equal(JSON.parse(after[0]!.rows), JSON.parse(before[0]!.rows), 'row contents');
    } finally {
      await db.dispose();
      p.dispose();
    }
  });
}

test.run();
