/**
 * Object ownership on PostgreSQL (PGlite, or the server of PGSHIFT_TEST_URL): ignored by default,
 * converged with ALTER … OWNER TO when `manageOwnership` is on.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { convergence } from '../helpers/scratch.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';

const SETUP = `DO $$ BEGIN CREATE ROLE app_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT app_owner TO CURRENT_USER;`;
const FROM = `CREATE SCHEMA app; CREATE TABLE app.t (id serial PRIMARY KEY); CREATE TYPE app.mood AS ENUM ('a');
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;`;
const TO = `${FROM}
ALTER SCHEMA app OWNER TO app_owner; ALTER TABLE app.t OWNER TO app_owner; ALTER TYPE app.mood OWNER TO app_owner;
ALTER FUNCTION app.f() OWNER TO app_owner;`;

test('owners are ignored by default', async () => {
  const m = migrationBetween((await bindSql(FROM)).catalog, (await bindSql(TO)).catalog);
  assert.equal(m.up, []);
});

test('with manageOwnership, OWNER TO converges up and down', async () => {
  const m = migrationBetween((await bindSql(FROM)).catalog, (await bindSql(TO)).catalog, { manageOwnership: true });
  assert.equal(m.up.map((s) => s.change.kind), ['set_owner', 'set_owner', 'set_owner', 'set_owner']);
  const r = await convergence({ setup: SETUP, from: FROM, to: TO, up: migrationText(m.up), down: migrationText(m.down) });
  assert.is(r.loadError, undefined, r.loadError);
  assert.equal(r.upDiffs, []);
  assert.equal(r.downDiffs, []);
});

test('with manageOwnership, ALTER PUBLICATION … OWNER TO converges up and down (the new owner needs CREATE on the database)', async () => {
  const setup = `${SETUP}\nDO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO app_owner', current_database()); END $$;`;
  const from = 'CREATE TABLE t (id int); CREATE PUBLICATION p FOR TABLE t;';
  const to = `${from} ALTER PUBLICATION p OWNER TO app_owner; CREATE PUBLICATION q; ALTER PUBLICATION q OWNER TO app_owner;`;
  assert.equal(migrationBetween((await bindSql(from)).catalog, (await bindSql(to)).catalog).up.map((s) => s.change.kind), ['create_publication']);
  const m = migrationBetween((await bindSql(from)).catalog, (await bindSql(to)).catalog, { manageOwnership: true });
  assert.equal(m.up.map((s) => s.change.kind), ['create_publication', 'alter_publication_owner', 'alter_publication_owner']);
  const r = await convergence({ setup, from, to, up: migrationText(m.up), down: migrationText(m.down) });
  assert.is(r.loadError, undefined, r.loadError);
  assert.equal(r.upDiffs, []);
  assert.equal(r.downDiffs, []);
});

test.run();
