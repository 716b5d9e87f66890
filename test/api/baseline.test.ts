/**
 * A chain's baseline (config `baseline`, `--baseline`, `init --from-chain --baseline`): objects its
 * runner creates before revision 1 (a `migrations` table) may be altered by the first revision.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { project, runCli } from '../helpers/cli.js';
import { verify } from '../../lib/api/verify.js';
import { projectSettings } from '../../lib/config/project.js';
import { loadConfig } from '../../lib/config/load.js';

const BASELINE = 'CREATE TABLE migrations (id integer PRIMARY KEY, name varchar(100) UNIQUE NOT NULL, executed_at timestamp DEFAULT current_timestamp);\n';
const CHAIN = {
  'migrations/001_init.up.sql': 'ALTER TABLE migrations ADD COLUMN checksum text;\nCREATE TABLE users (id bigint PRIMARY KEY);\n',
  'migrations/001_init.down.sql': 'DROP TABLE users;\nALTER TABLE migrations DROP COLUMN checksum;\n',
  'migrations/002_users.up.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
  'migrations/002_users.down.sql': 'ALTER TABLE users DROP COLUMN email;\n',
};

test('without a baseline the first revision is refused; with --baseline it replays', () => {
  const dir = project({ ...CHAIN, 'baseline.sql': BASELINE });
  try {
    const bad = runCli(dir, ['dump', '--chain', 'migrations']);
    assert.is(bad.code, 2);
    assert.match(bad.stderr, /migrations\/001_init\.up\.sql:1:1: error \[missing-object\] relation "migrations" does not exist/);
    const good = runCli(dir, ['diff', '--from', 'migrations', '--to', 'baseline.sql', '--baseline', 'baseline.sql', '--no-annotate', '--unsafe']);
    assert.is(good.code, 0, good.stderr);
    assert.match(good.stdout, /DROP TABLE public\.users;/);
    assert.match(good.stdout, /ALTER TABLE public\.migrations DROP COLUMN checksum;/);
    // a missing baseline file is a located input error
    const missing = runCli(dir, ['diff', '--from', 'migrations', '--to', 'baseline.sql', '--baseline', 'nope.sql']);
    assert.is(missing.code, 2);
    assert.match(missing.stderr, /nope\.sql: error \[read-error\] cannot read .*nope\.sql: no such file or directory/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('init --from-chain --baseline writes the config key; check, dump, diff and generate use it', () => {
  const dir = project({ ...CHAIN, 'baseline.sql': BASELINE });
  try {
    const r = runCli(dir, ['init', '--from-chain', 'migrations', '--baseline', 'baseline.sql']);
    assert.is(r.code, 0, r.stderr);
    assert.is(JSON.parse(readFileSync(join(dir, 'pgshift.config.json'), 'utf8')).baseline, 'baseline.sql');
    assert.match(readFileSync(join(dir, 'schema/schema.sql'), 'utf8'), /CREATE TABLE public\.migrations/);
    const check = runCli(dir, ['check']);
    assert.is(check.code, 0, check.stdout + check.stderr);
    assert.match(runCli(dir, ['dump']).stdout, /checksum text/);
    // the project's own chain gets the config baseline in diff too
    const d = runCli(dir, ['diff', '--from', 'migrations', '--to', 'schema', '--exit-code']);
    assert.is(d.code, 0, d.stdout + d.stderr);
    // a schema/ without the runner's table does not drop it: the baseline belongs to the target too
    const g = runCli(dir, ['generate', '-m', 'nothing']);
    assert.match(g.stdout, /No schema changes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('schema/ that leaves the baseline objects out generates no DROP of them', () => {
  const chain = { 'migrations/001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n', 'migrations/001_users.down.sql': 'DROP TABLE users;\n' };
  const dir = project({ ...chain, 'baseline.sql': BASELINE, 'pgshift.config.json': JSON.stringify({ outDir: 'migrations', baseline: 'baseline.sql' }), 'schema/users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' });
  try {
    const g = runCli(dir, ['generate', '-m', 'nothing']);
    assert.is(g.code, 0, g.stdout + g.stderr);
    // schema/ says nothing of migrations: it is kept as the baseline (and the chain) built it
    assert.match(g.stdout, /No schema changes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the config JSON Schema accepts baseline and rejects a non-string', () => {
  const dir = project({ 'pgshift.config.json': JSON.stringify({ baseline: 5 }) });
  try {
    const { diagnostics } = loadConfig(dir);
    assert.match(diagnostics.map((d) => d.message).join('\n'), /baseline/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('verify runs the baseline on the scratch database before revision 1', async () => {
  const dir = project({ ...CHAIN, 'baseline.sql': BASELINE });
  try {
    const p = projectSettings(dir, { outDir: 'migrations', baseline: 'baseline.sql' });
    const r = await verify(p, { mode: 'step' });
    assert.is(r.failure, undefined, JSON.stringify(r.diagnostics, null, 1).slice(0, 2000));
    assert.is(r.verified, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
