/**
 * Multi-object DROP … CASCADE and ALTER CONSTRAINT replay exactly as PostgreSQL applies them:
 * `verify` runs each revision on a database (PGlite; the PGSHIFT_TEST_URL server too) and compares
 * the introspected schema with the offline catalogue after every revision, up and down.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { verify } from '../../lib/api/verify.js';
import { fixtureProject, testDatabase, type FixtureRevision } from '../helpers/online.js';

const CHAIN: FixtureRevision[] = [
  {
    name: 'base',
    up: `CREATE SCHEMA s1; CREATE SCHEMA s2;
CREATE TABLE s1.a (id int PRIMARY KEY); CREATE TABLE s2.b (id int PRIMARY KEY);
CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TYPE pair AS (x int, y int);
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE SEQUENCE seq1; CREATE SEQUENCE seq2;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION seven(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$SELECT 7 + x$$;
CREATE TABLE parents (id int PRIMARY KEY, m mood, p pair, n posint, k int DEFAULT seven(1), s1 bigint DEFAULT nextval('seq1'), s2 bigint DEFAULT nextval('seq2'));
CREATE TABLE children (id int PRIMARY KEY, parent_id int CONSTRAINT children_parent_fk REFERENCES parents (id), other_id int REFERENCES parents (id));
CREATE TABLE keep (id int PRIMARY KEY, parent_id int REFERENCES parents (id));
CREATE VIEW v1 AS SELECT id FROM parents; CREATE VIEW v2 AS SELECT id FROM children; CREATE VIEW v3 AS SELECT v1.id FROM v1 JOIN v2 USING (id);
CREATE VIEW vk AS SELECT id FROM keep;
CREATE TRIGGER parents_touch BEFORE UPDATE ON parents FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER children_touch BEFORE UPDATE ON children FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER children_audit AFTER INSERT ON children FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER keep_audit AFTER INSERT ON keep FOR EACH ROW EXECUTE FUNCTION audit();`,
  },
  { name: 'alter_constraint', up: 'ALTER TABLE children ALTER CONSTRAINT children_parent_fk INITIALLY DEFERRED;\nALTER TABLE children ALTER CONSTRAINT children_other_id_fkey DEFERRABLE;', down: 'ALTER TABLE children ALTER CONSTRAINT children_parent_fk NOT DEFERRABLE;\nALTER TABLE children ALTER CONSTRAINT children_other_id_fkey INITIALLY IMMEDIATE;' },
  { name: 'drop_functions', up: 'DROP FUNCTION touch, audit(), seven(int) CASCADE;' },
  { name: 'drop_views', up: 'DROP VIEW v1, v2 CASCADE;' },
  { name: 'drop_types', up: 'DROP TYPE mood, pair CASCADE;\nDROP DOMAIN posint CASCADE;' },
  { name: 'drop_sequences', up: 'DROP SEQUENCE seq1, seq2 CASCADE;' },
  { name: 'drop_tables', up: 'DROP TABLE parents, children CASCADE;' },
  { name: 'drop_schemas', up: 'DROP SCHEMA s1, s2 CASCADE;' },
  {
    name: 'matviews_extension',
    up: `CREATE EXTENSION citext;
CREATE TABLE people (id int PRIMARY KEY, email citext, nick text);
CREATE MATERIALIZED VIEW mv1 AS SELECT id, nick FROM people; CREATE INDEX mv1_nick ON mv1 (nick);
CREATE MATERIALIZED VIEW mv2 AS SELECT id FROM people; CREATE VIEW on_mv AS SELECT id FROM mv2;
CREATE INDEX people_nick ON people (nick); CREATE INDEX people_id_nick ON people (id, nick);`,
  },
  { name: 'drop_matviews_indexes', up: 'DROP MATERIALIZED VIEW mv1, mv2 CASCADE;\nDROP INDEX people_nick, people_id_nick;' },
  { name: 'drop_extension', up: 'DROP EXTENSION citext CASCADE;' },
];

const targets = (): ('pglite' | 'server')[] => ['pglite', ...(process.env['PGSHIFT_TEST_URL'] ? (['server'] as const) : [])];

for (const which of targets()) {
  test(`${which}: multi-object DROP … CASCADE and ALTER CONSTRAINT: the catalogue equals the database after every revision (ups)`, async () => {
    const p = fixtureProject(CHAIN);
    const db = which === 'server' ? await testDatabase('server') : undefined;
    try {
      const r = await verify(p.settings, { url: db?.url, mode: 'step', upOnly: true });
      assert.is(r.mismatch, undefined, JSON.stringify(r.mismatch ?? r.diagnostics, null, 1).slice(0, 3000));
      assert.is(r.failure, undefined, JSON.stringify(r.diagnostics, null, 1).slice(0, 3000));
      assert.is(r.verified, CHAIN.length);
    } finally {
      await db?.dispose();
      p.dispose();
    }
  });
}

test.run();
