/**
 * verify, drift, pull and init end to end: on a fixture chain, on a chain whose down script is
 * wrong, on the bundled example (schema/ and out/) and on ../shared/corpus/chains/kratos.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { verify } from '../../lib/api/verify.js';
import { drift } from '../../lib/api/drift.js';
import { pull } from '../../lib/api/pull.js';
import { init } from '../../lib/api/init.js';
import { downgrade, upgrade } from '../../lib/online/migrate.js';
import { stamp } from '../../lib/api/stamp.js';
import { projectSettings } from '../../lib/config/project.js';
import { loadSchema } from '../../lib/api/load.js';
import { compareCatalogs } from '../../lib/api/compare.js';
import { fixtureProject, testDatabase, testDatabaseKinds, type FixtureRevision } from '../helpers/online.js';

const CHAIN: FixtureRevision[] = [
  { name: 'users', up: "CREATE TYPE mood AS ENUM ('happy', 'sad');\nCREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, mood mood DEFAULT 'happy');\nCOMMENT ON TABLE users IS 'people';", down: 'DROP TABLE users;\nDROP TYPE mood;' },
  { name: 'posts', up: 'CREATE TABLE posts (id serial PRIMARY KEY, user_id bigint REFERENCES users (id) ON DELETE CASCADE, body text CHECK (body <> \'\'));\nCREATE INDEX CONCURRENTLY posts_user_idx ON posts (user_id) WHERE body IS NOT NULL;', down: 'DROP TABLE posts;' },
  { name: 'view', up: 'CREATE VIEW post_counts AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id;', down: 'DROP VIEW post_counts;' },
];

const scratchUrls = (): (string | undefined)[] => [undefined, ...(process.env['PGSHIFT_TEST_URL'] ? ['server'] : [])];

for (const which of scratchUrls()) {
  const label = which ?? 'pglite';
  test(`${label}: verify proves each revision up and down`, async () => {
    const p = fixtureProject(CHAIN);
    try {
      for (const mode of ['step', 'sweep'] as const) {
        const db = which ? await testDatabase('server') : undefined;
        try {
          const r = await verify(p.settings, { url: db?.url, mode });
          assert.is(r.failure, undefined, JSON.stringify(r.diagnostics, null, 1));
          assert.is(r.verified, 3);
          assert.is(r.mismatch, undefined);
        } finally {
          await db?.dispose();
        }
      }
    } finally {
      p.dispose();
    }
  });

  test(`${label}: verify reports a down script that does not undo its revision`, async () => {
    const p = fixtureProject([CHAIN[0]!, { name: 'half', up: 'ALTER TABLE users ADD COLUMN a int;\nCREATE INDEX users_a ON users (a);', down: 'DROP INDEX users_a;' }]);
    const db = which ? await testDatabase('server') : undefined;
    try {
      const r = await verify(p.settings, { url: db?.url });
      assert.is(r.failure, 'database');
      assert.equal({ revision: r.mismatch?.revision, direction: r.mismatch?.direction }, { revision: p.ids[1], direction: 'down' });
      assert.equal(r.mismatch!.differences.map((d) => `${d.kind} ${d.object}`), ['drop_column public.users.a']);
      const d = r.diagnostics.find((x) => x.code === 'verify-mismatch')!;
      assert.is(d.file, p.file(p.ids[1]!, 'down'));
      assert.match(d.related![0]!.message, /ALTER TABLE public\.users DROP COLUMN a/);
    } finally {
      await db?.dispose();
      p.dispose();
    }
  });
}

test('verify refuses a scratch database that is not empty', async () => {
  const p = fixtureProject(CHAIN);
  const db = await testDatabase('pglite');
  try {
    await upgrade(p.settings, { url: db.url, target: '+1' });
    const r = await verify(p.settings, { url: db.url });
    assert.is(r.failure, 'input');
    assert.is(r.diagnostics[0]!.code, 'verify-not-empty');
  } finally {
    await db.dispose();
    p.dispose();
  }
});

for (const kind of testDatabaseKinds()) {
  test(`${kind}: drift finds live changes against the chain and schema/; pull writes a schema that binds to the same catalogue`, async () => {
    const p = fixtureProject(CHAIN);
    const db = await testDatabase(kind);
    try {
      await upgrade(p.settings, { url: db.url });
      let r = await drift(p.settings, { url: db.url });
      assert.is(r.failure, undefined, JSON.stringify(r.diagnostics));
      assert.equal(r.comparisons.map((c) => c.differences.length), [0], 'no drift right after upgrade (no schema/ yet)');

      const c = await db.open();
      await c.exec('ALTER TABLE users ADD COLUMN nickname text; DROP INDEX posts_user_idx');
      await c.close();
      r = await drift(p.settings, { url: db.url });
      assert.equal(r.comparisons[0]!.differences.map((d) => `${d.kind} ${d.object}`).sort(), ['create_index public.posts.posts_user_idx', 'drop_column public.users.nickname']);

      const pulled = await pull(p.settings, { url: db.url });
      assert.is(pulled.failure, undefined, JSON.stringify(pulled.diagnostics));
      assert.equal(pulled.files.map((f) => f.path), ['public.sql']);
      const text = readFileSync(join(p.settings.schemaDir, 'public.sql'), 'utf8');
      assert.match(text, /CREATE TABLE public\.users/);
      assert.match(text, /nickname text/);
      const schema = await loadSchema(p.settings.schemaDir);
      assert.equal(schema.diagnostics.filter((d) => d.severity === 'error'), []);
      r = await drift(p.settings, { url: db.url });
      assert.equal(r.comparisons[1]!.differences, [], 'the pulled schema/ matches the database');
      const again = await pull(p.settings, { url: db.url });
      assert.is(again.diagnostics[0]!.code, 'schema-exists', 'an existing schema/ is not overwritten without force');
      const byKind = await pull(p.settings, { url: db.url, layout: 'kind', force: true });
      assert.ok(byKind.files.some((f) => f.path === '05_tables.sql') && byKind.files.some((f) => f.path === '07_views.sql'), JSON.stringify(byKind.files));
      assert.not.ok(existsSync(join(p.settings.schemaDir, 'public.sql')), 'force replaced the old files');
    } finally {
      await db.dispose();
      p.dispose();
    }
  });
}

test('init scaffolds an empty project, refuses a second time, and adopts an existing chain', async () => {
  const p = fixtureProject([]);
  try {
    const dir = join(p.dir, 'fresh');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const r = await init(dir);
    assert.equal(r.diagnostics, []);
    assert.equal(readdirSync(dir).sort(), ['.gitignore', 'out', 'pgshift.config.json', 'schema']);
    assert.match(readFileSync(join(dir, '.gitignore'), 'utf8'), /^\.pgshift\/$/m);
    assert.is((await init(dir)).diagnostics[0]!.code, 'already-initialised');

    const adopter = join(p.dir, 'adopter');
    mkdirSync(adopter);
    const chain = fixtureProject(CHAIN);
    try {
      const a = await init(adopter, { fromChain: chain.settings.outDir });
      assert.equal(a.diagnostics.filter((d) => d.severity === 'error'), []);
      assert.equal(a.adopted?.revisions, 3);
      const config = JSON.parse(readFileSync(join(adopter, 'pgshift.config.json'), 'utf8'));
      assert.is(resolve(adopter, config.outDir), chain.settings.outDir);
      // the written schema/ equals the chain head: the next generate continues from there with nothing pending
      const s = projectSettings(adopter, config);
      const schema = await loadSchema(s.schemaDir);
      const { loadChain } = await import('../../lib/api/load.js');
      const head = await loadChain(s.outDir);
      assert.equal(compareCatalogs(head.catalog, schema.catalog), []);
    } finally {
      chain.dispose();
    }
  } finally {
    p.dispose();
  }
});

test('stamp then drift: adopting an existing database after pull', async () => {
  const p = fixtureProject(CHAIN);
  const db = await testDatabase('pglite');
  try {
    const c = await db.open();
    await c.exec(CHAIN.map((r) => r.up.replace(/CONCURRENTLY /g, '')).join('\n'));
    await c.close();
    const s = await stamp(p.settings, { url: db.url, revision: 'head' });
    assert.equal(s.added, p.ids);
    const r = await drift(p.settings, { url: db.url });
    assert.equal(r.comparisons[0]!.differences, []);
  } finally {
    await db.dispose();
    p.dispose();
  }
});

// --- the bundled example and the kratos corpus -------------------------------------------

const EXAMPLE = resolve('.');
test('the bundled example: verify passes step by step', async () => {
  if (!existsSync(join(EXAMPLE, 'out', 'pgshift.sum'))) {
    console.log('  (skipped: the bundled example out/ is absent)');
    return;
  }
  const r = await verify(projectSettings(EXAMPLE), {});
  assert.is(r.failure, undefined, JSON.stringify(r.diagnostics, null, 1));
  assert.ok(r.verified >= 1 && r.verified === r.revisions);
});

for (const kind of testDatabaseKinds()) {
  test(`${kind}: the bundled example upgrades, downgrades to base and upgrades again`, async () => {
    if (!existsSync(join(EXAMPLE, 'out', 'pgshift.sum'))) {
      console.log('  (skipped: the bundled example out/ is absent)');
      return;
    }
    const db = await testDatabase(kind);
    try {
      const settings = projectSettings(EXAMPLE);
      const up = await upgrade(settings, { url: db.url });
      assert.is(up.failure, undefined, JSON.stringify(up.diagnostics));
      assert.ok(up.steps.length > 0);
      const down = await downgrade(settings, { url: db.url, target: 'base' });
      assert.is(down.failure, undefined, JSON.stringify(down.diagnostics));
      assert.is(down.current, undefined);
      const again = await upgrade(settings, { url: db.url });
      assert.is(again.steps.length, up.steps.length);
      const d = await drift(settings, { url: db.url });
      assert.equal(d.comparisons.map((c) => c.differences.map((x) => `${x.kind} ${x.object}`)), d.comparisons.map(() => []), 'no drift against the chain or schema/');
    } finally {
      await db.dispose();
    }
  });
}

const KRATOS = resolve('../shared/corpus/chains/kratos');
test('kratos: every up matches the offline catalogue, and the downs bring the database back to empty', async () => {
  if (!existsSync(KRATOS)) {
    console.log(`  (skipped: ${KRATOS} is absent)`);
    return;
  }
  const t0 = Date.now();
  const r = await verify(projectSettings(resolve('.')), { chainDir: KRATOS, mode: 'round-trip', ignore: ['extension'] });
  assert.is(r.failure, undefined, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'), null, 1));
  assert.is(r.revisions, 346);
  assert.is(r.verified, 346);
  console.log(`  (kratos: ${r.verified} revisions up and down in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
});

test.run();
