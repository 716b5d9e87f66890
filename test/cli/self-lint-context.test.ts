/**
 * generate lints the revision it wrote into the chain head it already has, with the trees it parsed
 * for the lock notes, and check lints the chain with the trees it parsed for the replay: the findings
 * must be exactly those of `pgshift lint` reading and replaying the files itself.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { project, runCli } from '../helpers/cli.js';

const V1 = `
CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, email text NOT NULL, note varchar(20));
CREATE TABLE app.events (id bigint NOT NULL, account_id bigint, at timestamptz NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.events_2026 PARTITION OF app.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
CREATE TABLE "Qu""oted" (id int PRIMARY KEY, ünï text);
`;

// changes whose findings depend on what the chain built: existing tables, current types, partitions
const V2 = V1.replace('note varchar(20)', 'note text, mood app.mood NOT NULL DEFAULT \'ok\'')
  .replace('account_id bigint,', 'account_id bigint REFERENCES app.accounts (id), kind int,')
  .replace("CREATE TYPE app.mood AS ENUM ('ok', 'sad');", "CREATE TYPE app.mood AS ENUM ('ok', 'sad', 'glad');")
  .replace('ünï text', 'ünï varchar(10), b int NOT NULL DEFAULT 1');

/** The findings of a lint report, one line per finding (file:line:col severity rule). */
const findings = (out: string) => out.split('\n').filter((l) => /^\S+:\d+:\d+ (error|warning|info) /.test(l));

test('generate reports the findings `pgshift lint --chain` gives for the new revision', () => {
  for (const cache of ['warm', 'cold']) {
    const dir = project({ 'schema/s.sql': V1 });
    assert.is(runCli(dir, ['generate', '-m', 'one']).code, 0);
    writeFileSync(join(dir, 'schema/s.sql'), V2);
    if (cache === 'cold') rmSync(join(dir, '.pgshift'), { recursive: true, force: true });
    const g = runCli(dir, ['generate', '-m', 'two']);
    assert.is(g.code, 0, g.stderr);
    const rev = readdirSync(join(dir, 'out')).filter((d) => d.endsWith('_two')).pop()!;
    // the lint replays the revisions before it itself: without the project cache
    rmSync(join(dir, '.pgshift'), { recursive: true, force: true });
    const l = runCli(dir, ['lint', '--chain', 'out', `out/${rev}/up.sql`]);
    const expected = findings(l.stdout);
    assert.ok(expected.length >= 2, `the new revision has findings (${cache}): ${l.stdout}`);
    assert.equal(findings(g.stdout), expected, cache);
  }
});

test('pgshift lint --chain: the context from the replay check cached gives the findings of a replay', () => {
  const dir = project({ 'schema/s.sql': V1 });
  assert.is(runCli(dir, ['generate', '-m', 'one']).code, 0);
  assert.is(runCli(dir, ['check']).code, 0); // caches the replay of the chain
  writeFileSync(join(dir, 'schema/s.sql'), V2);
  const diff = runCli(dir, ['diff', '--from', 'out', '--to', 'schema']).stdout;
  writeFileSync(join(dir, 'next.sql'), diff);
  const warm = runCli(dir, ['lint', '--chain', 'out', 'next.sql']);
  rmSync(join(dir, '.pgshift'), { recursive: true });
  const cold = runCli(dir, ['lint', '--chain', 'out', 'next.sql']);
  assert.ok(findings(cold.stdout).length >= 2, cold.stdout);
  assert.is(warm.stdout, cold.stdout);
});

test('check lints the chain it replayed exactly as a lint that parses and replays it again', () => {
  const dir = project({ 'schema/s.sql': V1, 'pgshift.config.json': JSON.stringify({ rules: { 'prefer-bigint-over-int': 'error', 'adding-foreign-key-constraint': 'error', 'changing-column-type': 'error' } }) });
  assert.is(runCli(dir, ['generate', '-m', 'one']).code, 0);
  writeFileSync(join(dir, 'schema/s.sql'), V2);
  assert.is(runCli(dir, ['generate', '-m', 'two']).code, 0);
  // cold: the replay parses every revision and the lint reuses those trees
  rmSync(join(dir, '.pgshift'), { recursive: true, force: true });
  const cold = runCli(dir, ['check']);
  // replay cached, lint not: the lint parses and replays the files itself
  for (const f of readdirSync(join(dir, '.pgshift/cache'))) if (/^(lint|settled)-/.test(f)) rmSync(join(dir, '.pgshift/cache', f));
  const warm = runCli(dir, ['check']);
  assert.is(cold.code, 1, cold.stderr);
  assert.ok(findings(cold.stderr).length >= 2, cold.stderr);
  assert.equal(findings(cold.stderr), findings(warm.stderr));
  assert.equal(findings(cold.stderr), findings(runCli(dir, ['lint']).stdout).filter((l) => / error /.test(l)));
  assert.ok(readFileSync(join(dir, 'out/pgshift.sum'), 'utf8').length > 0);
});

test.run();
