import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { parallelStats, parseFiles, PARALLEL_MIN_CHARS } from '../../lib/parse/parallel.js';
import { syntheticSchema } from '../../bench/synthetic.js';

/** A file large enough for two threads, with multi-byte text and a dollar-quoted body holding semicolons. */
function big(): string {
  let text = "-- héllo wörld\n";
  let i = 0;
  while (text.length < PARALLEL_MIN_CHARS * 1.5) {
    text += syntheticSchema(20).replace(/\bt_(\d+)/g, `t${i}_$1`);
    text += `CREATE FUNCTION f${i}() RETURNS int LANGUAGE plpgsql AS $b$ BEGIN RETURN 1; END; $b$;\nCOMMENT ON TABLE t${i}_0 IS 'ünïcødé ; not a cut';\n`;
    i++;
  }
  return text;
}

// the worker is used only when a core is idle; the tests force it
process.env['PGSHIFT_PARALLEL_PARSE'] = '1';

test('a large file parsed on two threads gives what parsing it alone gives', async () => {
  await initParser();
  const file = { path: 'big.sql', text: big() };
  const before = parallelStats.split;
  const [par] = await parseFiles([file]);
  assert.is(parallelStats.split, before + 1, 'parsed on two threads');
  const alone = parseFile(file);
  assert.is(par!.statements.length, alone.statements.length);
  assert.ok(par!.statements.length > 1000);
  assert.equal(par!.statements.map((s) => s.span), alone.statements.map((s) => s.span));
  assert.equal(par!.statements.map((s) => s.node), alone.statements.map((s) => s.node), 'same trees, locations in bytes of the whole file');
  assert.equal(par!.comments, alone.comments);
  assert.equal(par!.diagnostics, alone.diagnostics);
});

test('a syntax error in the second half is reported exactly as for the file alone', async () => {
  await initParser();
  const text = big();
  const at = Math.floor(text.length * 0.8);
  const cut = text.indexOf('\nCREATE TABLE', at) + 1;
  const file = { path: 'bad.sql', text: `${text.slice(0, cut)}CREATE TABLE oops (;\n${text.slice(cut)}` };
  const [par] = await parseFiles([file]);
  const alone = parseFile(file);
  assert.is(par!.diagnostics.length, 1);
  assert.equal(par!.diagnostics, alone.diagnostics);
  assert.is(par!.statements.length, 0);
});

test('small files stay on this thread and several files keep their order', async () => {
  const files = [{ path: 'a.sql', text: 'CREATE TABLE a (id int);' }, { path: 'b.sql', text: 'CREATE TABLE b (id int);' }];
  const out = await parseFiles(files);
  assert.equal(out.map((p) => p.file.path), ['a.sql', 'b.sql']);
  assert.equal(out.map((p) => p.statements[0]!.type), ['CreateStmt', 'CreateStmt']);
});

test.run();
