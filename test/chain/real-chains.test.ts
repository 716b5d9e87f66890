/**
 * Real migration chains replay exactly as PostgreSQL applies them. For every chain —
 * ../shared/corpus/chains/kratos (skipped when absent) and test/fixtures/chains/* (public chains
 * stored with a README naming source, commit and licence; nothing is downloaded) —
 * - offline: the whole chain replays with no error and no internal error;
 * - with PGSHIFT_TEST_URL: the chain is applied on the server revision by revision, and after every
 *   25th revision and at the end `diff(chain up to there, pg_dump of the database)` must be empty.
 * Prints per chain: revisions, phantom statements, internal errors, replay time.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readChain } from '../../lib/chain/read.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { replay } from '../../lib/catalog/replay.js';
import { cloneCatalog, emptyCatalog, type Catalog } from '../../lib/catalog/model/catalog.js';
import { loadSchema } from '../../lib/api/load.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { runScript, withScratchDb } from '../../lib/db/scratch.js';
import { parseDatabaseUrl } from '../../lib/db/url.js';
import type { Diagnostic } from '../../lib/source/diagnostic.js';
import { pgDump } from '../helpers/pg-dump.js';

const EVERY = 25;
const FIXTURES = resolve('test/fixtures/chains');
const KRATOS = resolve('../shared/corpus/chains/kratos');

const chains: { name: string; dir: string }[] = [
  ...(existsSync(KRATOS) ? [{ name: 'kratos', dir: KRATOS }] : []),
  ...readdirSync(FIXTURES).sort().map((name) => ({ name, dir: join(FIXTURES, name) })),
];
if (!existsSync(KRATOS)) test('kratos: skipped (../shared/corpus/chains/kratos is absent)', () => undefined);

const url = process.env['PGSHIFT_TEST_URL'];
const onServer = !!url && parseDatabaseUrl(url).kind === 'pg';

const located = (ds: Diagnostic[]) => ds.map((d) => `${d.file ?? ''}: [${d.code}] ${d.message}`);

/** The chain replayed one revision at a time: the catalogue after each one (clones at checkpoints). */
async function replayChain(dir: string): Promise<{ revisions: ReturnType<typeof readChain>['chain']['revisions']; at: Map<number, Catalog>; diagnostics: Diagnostic[]; ms: number }> {
  await initParser();
  const { chain, diagnostics } = readChain(dir);
  const at = new Map<number, Catalog>();
  const started = Date.now();
  let cat = emptyCatalog();
  chain.revisions.forEach((r, i) => {
    const res = replay([parseFile(r.up)], { catalog: cat });
    cat = res.catalog;
    diagnostics.push(...res.diagnostics);
    const n = i + 1;
    if (n % EVERY === 0 || n === chain.revisions.length) at.set(n, cloneCatalog(cat));
  });
  return { revisions: chain.revisions, at, diagnostics, ms: Date.now() - started };
}

async function catalogOfDump(dump: string): Promise<Catalog> {
  const dir = mkdtempSync(join(tmpdir(), 'pgshift-chain-dump-'));
  try {
    writeFileSync(join(dir, 'dump.sql'), dump);
    const b = await loadSchema(join(dir, 'dump.sql'));
    assert.equal(located(b.diagnostics.filter((d) => d.severity === 'error')).slice(0, 10), [], 'the dump does not bind cleanly');
    return b.catalog;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const c of chains) {
  test(`${c.name}: the chain replays offline without errors or internal errors`, async () => {
    const r = await replayChain(c.dir);
    const internal = r.diagnostics.filter((d) => d.code === 'internal-error');
    assert.equal(located(internal), [], 'internal errors');
    assert.equal(located(r.diagnostics.filter((d) => d.severity === 'error')), [], 'errors');
    if (!onServer) console.log(`  ${c.name}: ${r.revisions.length} revisions, internal errors ${internal.length}, offline replay ${r.ms} ms (set PGSHIFT_TEST_URL to compare with pg_dump)`);
  });

  if (!onServer) continue;
  test(`${c.name}: diff(chain, pg_dump of the chain applied on the server) is empty, every ${EVERY} revisions and at the head`, async () => {
    const r = await replayChain(c.dir);
    const phantoms: string[] = [];
    let applyMs = 0;
    await withScratchDb(async (db) => {
      for (let i = 0; i < r.revisions.length; i++) {
        const rev = r.revisions[i]!;
        const t0 = Date.now();
        await runScript(db, rev.up.path, rev.up.text);
        applyMs += Date.now() - t0;
        const expected = r.at.get(i + 1);
        if (!expected) continue;
        const dumped = await catalogOfDump(await pgDump(db));
        const m = migrationBetween(expected, dumped, { safe: false, locks: false });
        if (m.up.length) phantoms.push(`after revision ${i + 1} (${rev.id}): ${m.up.length} statement(s)\n${migrationText(m.up).slice(0, 1500)}`);
      }
    });
    const internal = r.diagnostics.filter((d) => d.code === 'internal-error').length;
    const count = phantoms.reduce((n, p) => n + Number(/: (\d+) statement/.exec(p)![1]), 0);
    console.log(`  ${c.name}: ${r.revisions.length} revisions, phantom statements ${count}, internal errors ${internal}, offline replay ${r.ms} ms, applied on the server in ${applyMs} ms`);
    assert.equal(phantoms, []);
  });
}

test.run();
