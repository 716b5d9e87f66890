/** GRANT / REVOKE, ALTER DEFAULT PRIVILEGES and ownership: bind, replay, and the changes the diff emits. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';
import { migrationBetween } from '../../lib/api/diff.js';
import { grantAcl, revokeAcl, aclChanges } from '../../lib/catalog/query/acl.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
/** Entries as `grantee:PRIVILEGE` (`*` with grant option); the owner's (OWNER, '') as `owner:…`. */
const acl = (a: { grantee: string; privilege: string; grantable: boolean }[] | undefined) => (a ?? []).map((e) => `${e.grantee || 'owner'}:${e.privilege}${e.grantable ? '*' : ''}`);

test('GRANT and REVOKE on tables, columns, sequences, schemas, types and functions', async () => {
  const r = await bindSql(`
    CREATE SCHEMA app;
    CREATE TABLE app.t (id serial, name text);
    CREATE TYPE app.mood AS ENUM ('a');
    CREATE FUNCTION app.f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;
    GRANT SELECT, INSERT ON app.t TO reader WITH GRANT OPTION;
    REVOKE GRANT OPTION FOR INSERT ON app.t FROM reader;
    GRANT UPDATE (name) ON TABLE app.t TO writer;
    GRANT USAGE ON SEQUENCE app.t_id_seq TO writer;
    GRANT USAGE ON SCHEMA app TO reader, PUBLIC;
    REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
    REVOKE ALL ON FUNCTION app.f(integer) FROM PUBLIC;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO writer;`);
  assert.equal(errors(r), []);
  const t = r.catalog.tables.get('app.t')!;
  assert.equal(acl(t.acl), ['owner:ALL', 'reader:INSERT', 'reader:SELECT*']);
  assert.equal(acl(t.columns.get('name')!.acl), ['writer:UPDATE']);
  assert.equal(acl(r.catalog.sequences.get('app.t_id_seq')!.acl), ['owner:ALL', 'writer:USAGE']);
  assert.equal(acl(r.catalog.schemas.get('app')!.acl), ['owner:ALL', 'public:USAGE', 'reader:USAGE']);
  assert.equal(acl(r.catalog.enums.get('app.mood')!.acl), ['owner:ALL'], 'PUBLIC USAGE revoked: the owner\'s alone');
  assert.equal(acl([...r.catalog.functions.values()][0]!.acl), ['owner:ALL', 'writer:EXECUTE']);
});

test('revoking a table privilege revokes it from the columns too; GRANT to PUBLIC on a function is its default', async () => {
  const r = await replaySql(`CREATE TABLE t (a int, b int); CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
    GRANT SELECT (a), UPDATE (a) ON t TO r; REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;`, [
    { path: 'm.sql', text: 'REVOKE SELECT ON t FROM r; GRANT EXECUTE ON FUNCTION f() TO PUBLIC;' },
  ]);
  assert.equal(errors(r), []);
  assert.equal(acl(r.catalog.tables.get('public.t')!.columns.get('a')!.acl), ['r:UPDATE']);
  assert.is([...r.catalog.functions.values()][0]!.acl, undefined, 'back to the default ACL');
});

test('ALL stays ALL; revoking part of it records an exception that renders as GRANT ALL then REVOKE', () => {
  let a = grantAcl([], 'table', ['r'], ['ALL'], false);
  a = revokeAcl(a, 'table', ['r'], ['DELETE'], false);
  assert.equal(acl(a), ['r:-DELETE', 'r:ALL']);
  a = grantAcl(a, 'table', ['r'], ['DELETE'], false);
  assert.equal(acl(a), ['r:ALL']);
  const d = aclChanges([], revokeAcl(grantAcl([], 'table', ['r'], ['ALL'], false), 'table', ['r'], ['TRUNCATE'], false));
  assert.equal([acl(d.grant), acl(d.revokeAfter)], [['r:ALL'], ['r:TRUNCATE']]);
});

test('default privileges apply to objects created after them (file order), by the migration role only', async () => {
  const r = await bindSql(`
    CREATE TABLE before_adp (id int);
    ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO reader;
    ALTER DEFAULT PRIVILEGES FOR ROLE someone_else GRANT INSERT ON TABLES TO reader;
    ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
    CREATE TABLE after_adp (id serial);
    CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;`);
  assert.equal(errors(r), []);
  assert.is(r.catalog.tables.get('public.before_adp')!.acl, undefined);
  assert.equal(acl(r.catalog.tables.get('public.after_adp')!.acl), ['owner:ALL', 'reader:SELECT']);
  assert.is(r.catalog.sequences.get('public.after_adp_id_seq')!.acl, undefined, 'sequences have their own default privileges');
  assert.equal(acl([...r.catalog.functions.values()][0]!.acl), ['owner:ALL']);
  assert.equal([...r.catalog.defaultPrivileges.keys()].sort(), ['someone_else||tables', '||functions', '||tables']);
});

test('the diff emits revokes before grants, and only for objects that survive', async () => {
  const a = await bindSql(`CREATE TABLE t (a int); CREATE TABLE gone (x int); GRANT ALL ON t TO r; GRANT SELECT ON gone TO r;`);
  const b = await bindSql(`CREATE TABLE t (a int); GRANT SELECT ON t TO r; GRANT SELECT (a) ON t TO r2;`);
  assert.equal(diff(a.catalog, b.catalog).map((c) => c.kind), ['drop_table', 'revoke', 'grant', 'grant']);
});

test('owners are recorded always and diffed only with manageOwnership', async () => {
  const a = await bindSql(`CREATE TABLE t (id serial); CREATE SCHEMA s AUTHORIZATION alice;`);
  const b = await bindSql(`CREATE TABLE t (id serial); ALTER TABLE t OWNER TO bob; CREATE SCHEMA s; ALTER SCHEMA s OWNER TO CURRENT_USER;`);
  assert.is(b.catalog.tables.get('public.t')!.owner, 'bob');
  assert.is(b.catalog.sequences.get('public.t_id_seq')!.owner, 'bob', 'owned sequences follow their table');
  assert.is(a.catalog.schemas.get('s')!.owner, 'alice');
  assert.equal(diff(a.catalog, b.catalog).map((c) => c.kind), []);
  const m = migrationBetween(a.catalog, b.catalog, { manageOwnership: true, locks: false });
  assert.equal(m.up.map((s) => s.sql), ['ALTER TABLE public.t OWNER TO bob', 'ALTER SCHEMA s OWNER TO CURRENT_USER']);
  assert.equal(m.down.map((s) => s.sql), ['ALTER TABLE public.t OWNER TO CURRENT_USER', 'ALTER SCHEMA s OWNER TO alice']);
});

test('the owner\'s privileges are part of the ACL: a grant naming the owner adds nothing it holds, a revoke takes it away', async () => {
  const r = await bindSql(`
    CREATE TABLE t (a int, b int);
    CREATE TABLE o (a int);
    ALTER TABLE o OWNER TO alice;
    GRANT SELECT, INSERT ON t TO CURRENT_USER;
    REVOKE DELETE ON t FROM SESSION_USER;
    GRANT SELECT (a) ON t TO CURRENT_ROLE;
    GRANT UPDATE ON o TO alice WITH GRANT OPTION;
    REVOKE TRUNCATE ON o FROM alice;
    GRANT SELECT ON o TO CURRENT_USER;`);
  assert.equal(errors(r), []);
  const t = r.catalog.tables.get('public.t')!;
  assert.equal(acl(t.acl), ['owner:-DELETE', 'owner:ALL']);
  assert.equal(acl(t.columns.get('a')!.acl), ['owner:SELECT'], 'a column grant to the owner is stored (attacl)');
  assert.equal(acl(r.catalog.tables.get('public.o')!.acl), ['owner:-TRUNCATE', 'owner:ALL', 'owner:UPDATE*', 'current_user:SELECT']);
});

test('migrationRole names the role running the migrations: a grant to it by name is the owner\'s; OWNER TO merges the new owner\'s grants', async () => {
  await initParser();
  const r = bind([parseFile({ path: 's.sql', text: `
    CREATE TABLE t (a int);
    REVOKE SELECT ON t FROM deploy;
    CREATE TABLE u (a int);
    GRANT SELECT ON u TO bob WITH GRANT OPTION;
    REVOKE DELETE ON u FROM CURRENT_USER;
    ALTER TABLE u OWNER TO bob;
    ALTER DEFAULT PRIVILEGES FOR ROLE deploy REVOKE TRUNCATE ON TABLES FROM deploy;
    SET ROLE bob;
    CREATE TABLE v (id serial);
    REVOKE UPDATE ON v FROM CURRENT_USER;` })], { migrationRole: 'deploy' });
  assert.equal(errors(r), []);
  assert.equal(acl(r.catalog.tables.get('public.t')!.acl), ['owner:-SELECT', 'owner:ALL']);
  assert.equal(acl(r.catalog.tables.get('public.u')!.acl), ['owner:-DELETE', 'owner:ALL', 'owner:SELECT*'], 'bob\'s SELECT joins the owner\'s');
  assert.equal([...r.catalog.defaultPrivileges.keys()], ['||tables'], 'FOR ROLE deploy is the migration role\'s entry');
  const v = r.catalog.tables.get('public.v')!;
  assert.equal([v.owner, r.catalog.sequences.get('public.v_id_seq')!.owner], ['bob', 'bob'], 'created under SET ROLE bob');
  assert.equal(acl(v.acl), ['owner:-UPDATE', 'owner:ALL']);
});

test('GRANT on database objects is reported as not modelled, not silently ignored', async () => {
  const r = await bindSql(`GRANT CONNECT ON DATABASE app TO reader;`);
  assert.equal(r.diagnostics.map((d) => d.code), ['unmodelled-statement']);
});

test.run();
