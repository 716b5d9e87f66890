/**
 * ALL minus one privilege and pg_dump's list of the others grant the same on the targeted version:
 * on PostgreSQL 15 a table's ALL is seven privileges, from 17 it has MAINTAIN too, so the two spellings
 * compare equal for 15 and differ for 17. Default privileges (ALTER DEFAULT PRIVILEGES … REVOKE … FROM
 * the grantor, which pg_dump prints as REVOKE ALL + GRANT the rest) and object grants alike.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { diff } from '../../lib/diff/diff.js';

async function kinds(a: string, b: string, pgVersion: number): Promise<string[]> {
  const x = await bindSql(a, 'a.sql', pgVersion);
  const y = await bindSql(b, 'b.sql', pgVersion);
  assert.equal([...x.diagnostics, ...y.diagnostics].filter((d) => d.severity === 'error'), []);
  return diff(x.catalog, y.catalog, { pgVersion }).map((c) => c.kind);
}

const ROLE = 'DO $$ BEGIN CREATE ROLE r; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n';

test('default privileges: REVOKE SELECT FROM the grantor equals pg_dump\'s REVOKE ALL + GRANT the rest on 15', async () => {
  const hand = `${ROLE}ALTER DEFAULT PRIVILEGES FOR ROLE r REVOKE SELECT ON TABLES FROM r;`;
  const dump = `${ROLE}ALTER DEFAULT PRIVILEGES FOR ROLE r REVOKE ALL ON TABLES FROM r;
ALTER DEFAULT PRIVILEGES FOR ROLE r GRANT INSERT,REFERENCES,DELETE,TRIGGER,TRUNCATE,UPDATE ON TABLES TO r;`;
  assert.equal(await kinds(hand, dump, 15), []);
  assert.equal(await kinds(dump, hand, 15), []);
  assert.ok((await kinds(hand, dump, 17)).length > 0, 'on 17 ALL has MAINTAIN too');
  // another grantee, and sequences (ALL is the same on every version)
  assert.equal(await kinds(`${ROLE}ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO r; ALTER DEFAULT PRIVILEGES REVOKE TRIGGER ON TABLES FROM r;`,
    `${ROLE}ALTER DEFAULT PRIVILEGES GRANT SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES ON TABLES TO r;`, 15), []);
  assert.equal((await kinds(`${ROLE}ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO r;`, `${ROLE}ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;`, 15)).length > 0, true);
});

test('object grants: GRANT ALL + REVOKE one equals the list of the others on 15', async () => {
  const hand = `${ROLE}CREATE TABLE t (id int); GRANT ALL ON t TO r; REVOKE SELECT ON t FROM r;`;
  const dump = `${ROLE}CREATE TABLE t (id int); GRANT INSERT,REFERENCES,DELETE,TRIGGER,TRUNCATE,UPDATE ON TABLE t TO r;`;
  assert.equal(await kinds(hand, dump, 15), []);
  assert.ok((await kinds(hand, dump, 18)).length > 0);
});

test.run();
