/**
 * PostgreSQL 18 temporal keys: PRIMARY KEY / UNIQUE (… WITHOUT OVERLAPS) and FOREIGN KEY (…, PERIOD …).
 * Offline: modelled, compared and printed; on PostgreSQL 18 (PGlite): the migration converges.
 * Not golden cases, because from.sql/to.sql do not load on the PostgreSQL 15 test server.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateSql, bindSql, replaySql } from '../helpers/golden.js';
import { convergence, withScratchDb } from '../helpers/scratch.js';
import { diff } from '../../lib/diff/diff.js';

const FROM = `CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id int NOT NULL, valid daterange NOT NULL, CONSTRAINT rooms_pk PRIMARY KEY (id, valid));
CREATE TABLE bookings (room_id int NOT NULL, valid daterange NOT NULL);
`;
const TO = `CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id int NOT NULL, valid daterange NOT NULL, CONSTRAINT rooms_pk PRIMARY KEY (id, valid WITHOUT OVERLAPS));
CREATE TABLE bookings (room_id int NOT NULL, valid daterange NOT NULL,
  CONSTRAINT bookings_uq UNIQUE (room_id, valid WITHOUT OVERLAPS),
  CONSTRAINT bookings_fk FOREIGN KEY (room_id, PERIOD valid) REFERENCES rooms (id, PERIOD valid));
`;

test('WITHOUT OVERLAPS and PERIOD are part of the constraint and its index', async () => {
  const { catalog } = await bindSql(TO);
  const pk = catalog.tables.get('public.rooms')!.constraints.get('rooms_pk')!;
  assert.is(pk.kind === 'primary' && pk.withoutOverlaps, true);
  assert.is(catalog.indexes.get('public.rooms_pk')!.method, 'gist');
  const fk = catalog.tables.get('public.bookings')!.constraints.get('bookings_fk')!;
  assert.is(fk.kind === 'foreign' && fk.period, true);
  const { catalog: plain } = await bindSql(FROM);
  assert.ok(diff(plain, catalog).some((c) => c.kind === 'drop_constraint' && c.constraint.name === 'rooms_pk'));
});

test('printed as written, and replaying the migration leaves no difference', async () => {
  const { up, down } = await generateSql(FROM, TO);
  assert.match(up, 'PRIMARY KEY (id, valid WITHOUT OVERLAPS)');
  assert.match(up, 'UNIQUE (room_id, valid WITHOUT OVERLAPS)');
  assert.match(up, 'FOREIGN KEY (room_id, PERIOD valid) REFERENCES public.rooms (id, PERIOD valid)');
  assert.not.match(up, 'CREATE UNIQUE INDEX CONCURRENTLY rooms_pk'); // no CREATE INDEX form for WITHOUT OVERLAPS
  const after = await replaySql(FROM, [{ path: 'up.sql', text: up }]);
  assert.equal(diff(after.catalog, (await bindSql(TO)).catalog).map((c) => c.kind), []);
  const back = await replaySql(TO, [{ path: 'down.sql', text: down }]);
  assert.equal(diff(back.catalog, (await bindSql(FROM)).catalog).map((c) => c.kind), []);
});

test('converges on PostgreSQL 18 (skipped on older servers)', async () => {
  const version = await withScratchDb(async (db) => Number((await db.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`))[0]!.v));
  if (version < 180000) return console.log(`  (skipped: server ${version} has no temporal keys)`);
  const { up, down } = await generateSql(FROM, TO);
  const r = await convergence({ from: FROM, to: TO, up, down });
  assert.is(r.loadError, undefined, r.loadError);
  assert.equal(r.upDiffs, []);
  assert.equal(r.downDiffs, []);
});

test.run();
