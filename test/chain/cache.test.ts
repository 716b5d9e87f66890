import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAny, loadChain, loadSchema } from '../../lib/api/load.js';
import { readChain } from '../../lib/chain/read.js';
import { type ReplayEntry } from '../../lib/chain/cache.js';
import { filesKey, prefixKeys, readEntry, writeEntry } from '../../lib/chain/cache-store.js';
import { emptyCatalog } from '../../lib/catalog/model/catalog.js';
import { lintChainCached } from '../../lib/api/lint-cache.js';
import { defaultConfig } from '../../lib/config/config.js';
import { project } from '../helpers/cli.js';

const chain = () =>
  project({
    'out/1_a.up.sql': 'CREATE TABLE a (id int PRIMARY KEY);',
    'out/2_b.up.sql': 'CREATE TABLE b (id int REFERENCES a);',
    'schema/s.sql': 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int REFERENCES a);\n',
  });

const tables = (e: { catalog: { tables: Map<string, unknown> } }) => [...e.catalog.tables.keys()].sort();
const entries = (dir: string, kind: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(`${kind}-`)) : []);

/** A catalogue with one table nobody's SQL creates: seen only when the cache is read. */
function marker(name: string): ReplayEntry {
  const catalog = emptyCatalog();
  catalog.tables.set(`public.${name}`, { schema: 'public', name, columns: new Map(), constraints: new Map() } as never);
  return { catalog, diagnostics: [] };
}

const replayKeys = (out: string) => prefixKeys(readChain(out).chain.revisions, 'replay\0');

test('a replay is saved, and read back while the chain is unchanged', async () => {
  const dir = chain();
  const cache = join(dir, '.pgshift/cache');
  const first = await loadChain(join(dir, 'out'), { cacheDir: cache });
  assert.equal(tables(first), ['public.a', 'public.b']);
  assert.is(entries(cache, 'replay').length, 1);
  assert.is(readFileSync(join(cache, '.gitignore'), 'utf8'), '*\n', 'the cache ignores itself in git');
  const again = await loadChain(join(dir, 'out'), { cacheDir: cache });
  assert.equal(tables(again), ['public.a', 'public.b']);
  // a hit: the saved entry is what comes back (replace it with a marker to see it)
  writeEntry(cache, 'replay', replayKeys(join(dir, 'out')).pop()!, marker('from_cache'));
  assert.equal(tables(await loadChain(join(dir, 'out'), { cacheDir: cache })), ['public.from_cache']);
  // without a cache folder nothing is read
  assert.equal(tables(await loadChain(join(dir, 'out'))), ['public.a', 'public.b']);
});

test('the baseline is part of the key: a changed baseline replays again', async () => {
  const dir = project({
    'base.sql': 'CREATE TABLE migrations (version text);',
    'out/1_a.up.sql': 'ALTER TABLE migrations ADD COLUMN applied_at timestamptz;',
    'schema/s.sql': 'CREATE TABLE migrations (version text, applied_at timestamptz);\n',
  });
  const out = join(dir, 'out');
  const cache = join(dir, '.pgshift/cache');
  const baseline = join(dir, 'base.sql');
  const first = await loadChain(out, { cacheDir: cache, baseline });
  assert.equal(first.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.equal(tables(first), ['public.migrations']);
  writeFileSync(baseline, 'CREATE TABLE migrations (version text);\nCREATE TABLE runner_locks (id int);');
  assert.equal(tables(await loadChain(out, { cacheDir: cache, baseline })), ['public.migrations', 'public.runner_locks'], 'the new baseline is replayed, not the cached one');
  const none = await loadChain(out, { cacheDir: cache });
  assert.ok(none.diagnostics.some((d) => d.severity === 'error'), 'without the baseline revision 1 fails (no cached catalogue is reused)');
});

test('a changed revision misses; a new revision replays on top of its cached prefix', async () => {
  const dir = chain();
  const out = join(dir, 'out');
  const cache = join(dir, '.pgshift/cache');
  await loadChain(out, { cacheDir: cache });
  // the prefix of one revision is cached as a marker
  writeEntry(cache, 'replay', replayKeys(out)[0]!, marker('prefix'));
  writeFileSync(join(out, '2_b.up.sql'), 'CREATE TABLE c (id int);');
  assert.equal(tables(await loadChain(out, { cacheDir: cache })), ['public.c', 'public.prefix'], 'revision 1 from the cache, revision 2 replayed');
  writeFileSync(join(out, '1_a.up.sql'), 'CREATE TABLE z (id int);');
  assert.equal(tables(await loadChain(out, { cacheDir: cache })), ['public.c', 'public.z'], 'a changed first revision: nothing cached applies');
});

test('a corrupt or foreign cache file is ignored and rewritten; a deleted folder is recreated', async () => {
  const dir = chain();
  const out = join(dir, 'out');
  const cache = join(dir, '.pgshift/cache');
  await loadChain(out, { cacheDir: cache });
  const [file] = entries(cache, 'replay');
  writeFileSync(join(cache, file!), 'not a cache file');
  assert.equal(tables(await loadChain(out, { cacheDir: cache })), ['public.a', 'public.b']);
  const key = replayKeys(out).pop()!;
  assert.ok(readEntry<ReplayEntry>(cache, 'replay', key), 'rewritten after the replay');
  writeFileSync(join(cache, file!), readFileSync(join(cache, file!)).subarray(0, 20));
  assert.equal(tables(await loadChain(out, { cacheDir: cache })), ['public.a', 'public.b'], 'truncated');
  // an entry whose recorded key differs (another build, another chain) is not used
  writeEntry(cache, 'replay', key, marker('right'));
  const other = readFileSync(join(cache, file!));
  writeEntry(cache, 'replay', `${key.slice(0, 40)}ffff`, marker('wrong'));
  assert.equal(tables(await loadChain(out, { cacheDir: cache })), ['public.a', 'public.b']);
  writeFileSync(join(cache, file!), other);
  assert.equal(tables(await loadChain(out, { cacheDir: cache })), ['public.right']);
  rmSync(join(dir, '.pgshift'), { recursive: true });
  assert.equal(tables(await loadChain(out, { cacheDir: cache })), ['public.a', 'public.b']);
  assert.ok(existsSync(join(cache, '.gitignore')));
});

test('the schema folder is bound once while its files are unchanged', async () => {
  const dir = chain();
  const cache = join(dir, '.pgshift/cache');
  const schema = join(dir, 'schema');
  assert.equal(tables(await loadSchema(schema, { cacheDir: cache })), ['public.a', 'public.b']);
  const key = filesKey([{ path: join(schema, 's.sql'), text: readFileSync(join(schema, 's.sql'), 'utf8') }], 'bind\0');
  writeEntry(cache, 'bind', key, marker('bound'));
  assert.equal(tables(await loadSchema(schema, { cacheDir: cache })), ['public.bound']);
  writeFileSync(join(schema, 's.sql'), 'CREATE TABLE d (id int);\n');
  assert.equal(tables(await loadSchema(schema, { cacheDir: cache })), ['public.d']);
  // bad SQL is reported every time, and nothing is written for it
  writeFileSync(join(schema, 's.sql'), 'CREATE TABLE (;\n');
  const before = entries(cache, 'bind').length;
  const bad = await loadSchema(schema, { cacheDir: cache });
  assert.ok(bad.diagnostics.some((d) => d.code === 'syntax-error'));
  assert.is(entries(cache, 'bind').length, before);
  assert.equal((await loadSchema(schema, { cacheDir: cache })).diagnostics, bad.diagnostics);
});

test('chain lint results are reused only for the same chain and settings', async () => {
  const dir = chain();
  const out = join(dir, 'out');
  const cache = join(dir, '.pgshift/cache');
  let runs = 0;
  const run = async () => {
    runs++;
    return { diagnostics: [{ code: 'x', severity: 'warning' as const, message: `run ${runs}` }], files: [], usageErrors: [] };
  };
  const config = defaultConfig();
  const o = { cwd: dir, config, chainDir: out, cacheDir: cache };
  assert.is((await lintChainCached(o, run)).diagnostics[0]!.message, 'run 1');
  assert.is((await lintChainCached(o, run)).diagnostics[0]!.message, 'run 1', 'hit');
  assert.is((await lintChainCached({ ...o, config: { ...config, rules: { 'ban-drop-table': 'off' } } }, run)).diagnostics[0]!.message, 'run 2', 'other settings');
  writeFileSync(join(out, '2_b.up.sql'), 'CREATE TABLE c (id int);');
  assert.is((await lintChainCached(o, run)).diagnostics[0]!.message, 'run 3', 'changed revision');
  for (const f of entries(cache, 'lint')) writeFileSync(join(cache, f), '');
  assert.is((await lintChainCached(o, run)).diagnostics[0]!.message, 'run 4', 'corrupt file');
});

test('read-only use (pgshift diff): entries are read, none is written', async () => {
  const dir = chain();
  const cache = join(dir, '.pgshift/cache');
  const out = join(dir, 'out');
  const schema = join(dir, 'schema');
  const ro = { cacheDir: cache, cacheReadOnly: true };
  // nothing cached: loaded in full, nothing written, not even the folder
  assert.equal(tables(await loadAny(out, ro)), ['public.a', 'public.b']);
  assert.equal(tables(await loadAny(schema, ro)), ['public.a', 'public.b']);
  assert.not.ok(existsSync(cache));
  // entries that check or generate left are used
  writeEntry(cache, 'replay', replayKeys(out).pop()!, marker('replayed'));
  writeEntry(cache, 'bind', filesKey([{ path: join(schema, 's.sql'), text: readFileSync(join(schema, 's.sql'), 'utf8') }], 'bind\0'), marker('bound'));
  const listing = readdirSync(cache).sort();
  assert.equal(tables(await loadAny(out, ro)), ['public.replayed']);
  assert.equal(tables(await loadAny(schema, ro)), ['public.bound']);
  // a miss is not written either
  writeFileSync(join(schema, 's.sql'), 'CREATE TABLE d (id int);\n');
  assert.equal(tables(await loadAny(schema, ro)), ['public.d']);
  assert.equal(readdirSync(cache).sort(), listing);
});

test.run();
