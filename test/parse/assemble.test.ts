/**
 * The self-lint reads a migration's parse assembled from the trees of its statements (parsed once,
 * for their lock notes) instead of parsing the file again: that parse must be exactly the one the
 * parser gives for the written file, for every golden case, in both directions, after the trees
 * have been through the self-lint of suppressInherent, and with non-ASCII text before statements.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { initParser, parseFile, type ParsedFile } from '../../lib/parse/parse.js';
import { assembleParse } from '../../lib/parse/assemble.js';
import { bindSql, goldenCases } from '../helpers/golden.js';
import { migrationBetween, migrationScript } from '../../lib/api/diff.js';
import { bodyOffset, migrationFile, type RevisionHeader } from '../../lib/emit/migration.js';
import { scriptRawParse } from '../../lib/emit/script-parse.js';
import type { EmittedStatement } from '../../lib/emit/emit.js';
import type { MigrationOptions } from '../../lib/config/project.js';
import { parseScript } from '../../lib/emit/script-parse.js';

const header: RevisionHeader = { id: '20260101000000', parents: ['20251231000000'], message: 'ünïcode — in the header', created: '2026-01-01T00:00:00.000Z' };

/** Everything a lint reads of a parsed file, one comparable text per part (each statement, the comments, the diagnostics). */
const parts = (p: ParsedFile) => [...p.statements.map((s) => JSON.stringify([s.type, s.span, s.leadingComments, s.node])), JSON.stringify(p.comments), JSON.stringify(p.diagnostics)];

/** The first part where two parses differ, shown short; undefined when they are the same. */
function difference(a: ParsedFile, b: ParsedFile): string | undefined {
  const x = parts(a);
  const y = parts(b);
  if (x.length !== y.length) return `${a.statements.length} statements vs ${b.statements.length}`;
  const i = x.findIndex((p, k) => p !== y[k]);
  return i < 0 ? undefined : `part ${i}:\n  ${x[i]!.slice(0, 400)}\n  ${y[i]!.slice(0, 400)}`;
}

/** The written file of one direction, parsed twice: assembled from the statements' trees, and by the parser. */
function bothParses(stmts: EmittedStatement[], direction: 'up' | 'down', options: MigrationOptions = {}): { assembled?: ParsedFile; parsed: ParsedFile; trees: number } {
  const script = migrationScript(stmts, options);
  const text = migrationFile(header, direction, script.text);
  const file = { path: `${direction}.sql`, text };
  const raw = scriptRawParse(text, stmts, script.spans, bodyOffset(header, direction));
  return { assembled: raw && parseFile(file, raw), parsed: parseFile(file), trees: stmts.filter((s) => s.tree).length };
}

test('every golden migration: the assembled parse equals the parse of the written file', async () => {
  await initParser();
  let compared = 0;
  for (const c of goldenCases()) {
    const a = await bindSql(c.from, 'from.sql');
    const b = await bindSql(c.to, 'to.sql');
    if ([...a.diagnostics, ...b.diagnostics].some((d) => d.severity === 'error')) continue;
    // online-safe (a timeout preamble between statements) and plain DDL
    for (const options of [{}, { safe: false }] as MigrationOptions[]) {
      const m = migrationBetween(a.catalog, b.catalog, options); // the self-lint has used the trees already
      for (const [dir, stmts] of [['up', m.up], ['down', m.down]] as const) {
        const r = bothParses(stmts, dir, options);
        if (!r.trees) continue;
        assert.ok(r.assembled, `${c.name} ${dir}: assembled`);
        assert.is(difference(r.assembled!, r.parsed), undefined, `${c.name} ${dir} ${JSON.stringify(options)}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 100, `compared ${compared} migrations`);
});

test('a large dump from empty (pieces, timeouts, non-ASCII)', async () => {
  const dump = join('test/fixtures/dumps/danbooru.sql');
  if (!existsSync(dump)) return;
  const to = `CREATE TABLE "tablé ✓" (id bigint PRIMARY KEY, "naïve" text DEFAULT 'crème brûlée' CHECK ("naïve" <> '—'));\nCOMMENT ON TABLE "tablé ✓" IS 'ünïcode 😀';\n${readFileSync(dump, 'utf8')}`;
  const m = migrationBetween((await bindSql('')).catalog, (await bindSql(to)).catalog);
  const r = bothParses(m.up, 'up');
  assert.ok(r.trees > 100);
  assert.is(difference(r.assembled!, r.parsed), undefined);
});

test('without lock notes there are no trees, and the migration is parsed as it is written', async () => {
  const a = await bindSql('CREATE TABLE t (a int);');
  const b = await bindSql('CREATE TABLE t (a int, b text NOT NULL DEFAULT \'x\');\nCREATE INDEX t_b ON t (b);');
  const m = migrationBetween(a.catalog, b.catalog, { locks: false });
  assert.ok(m.up.length >= 2 && m.up.every((s) => !s.tree));
  const script = migrationScript(m.up);
  assert.is(scriptRawParse(script.text, m.up, script.spans), undefined);
  const file = { path: 'up.sql', text: script.text };
  assert.is(difference(parseScript(file, m.up, script.spans), parseFile(file)), undefined);
});

test('text between known statements is parsed; a syntax error there throws', async () => {
  await initParser();
  const text = 'SET lock_timeout = \'5s\';\n-- note ü\nCREATE TABLE t (a int);\nSELECT 1;\n';
  const sql = 'CREATE TABLE t (a int)';
  const start = text.indexOf(sql);
  const tree = { node: parseFile({ path: 'x', text: `${sql};` }).statements[0]!.node, at: 0 };
  const raw = assembleParse(text, [{ start, end: start + sql.length + 1, tree }]);
  assert.is(difference(parseFile({ path: 'f', text }, raw), parseFile({ path: 'f', text })), undefined);
  assert.is(tree.at, Buffer.byteLength(text.slice(0, start)), 'the tree now belongs to this text');
  const broken = text.replace('SELECT 1', 'SELEC 1');
  assert.throws(() => assembleParse(broken, [{ start, end: start + sql.length + 1, tree }]));
});

test.run();
