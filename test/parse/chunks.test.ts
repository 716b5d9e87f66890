/** Large files are parsed in pieces cut at top-level semicolons: the result equals a whole-file parse. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadModule, parseSync } from 'libpg-query';
import { loadParser } from '../../lib/parse/wasm-parser.js';
import { cutPoints, parseLarge } from '../../lib/parse/chunks.js';

const norm = (r: ReturnType<typeof parseSync>) => JSON.stringify((r.stmts ?? []).map((s) => ({ ...s, stmt_location: s.stmt_location ?? 0 })));

function bigFile(): string {
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < 700_000; i++) {
    parts.push(
      `-- table ${i}; a comment with a semicolon\n`,
      `CREATE TABLE t${i} (id int PRIMARY KEY, note text DEFAULT 'a;b', e text DEFAULT E'it\\'s; fine', "we;ird" text, café text);\n`,
      `/* block; comment /* nested; */ */\n`,
      `CREATE FUNCTION f${i}() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN PERFORM 1; RETURN ${i}; END $body$;\n`,
      `CREATE INDEX t${i}_note ON t${i} (note) WHERE note <> 'x;y';\n`,
    );
    if (i % 97 === 0) parts.push(`CREATE FUNCTION g${i}() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT ${i}; END;\n`);
  }
  return parts.join('');
}

test('a large file parses in pieces to the same statements and locations as in one piece', async () => {
  await Promise.all([loadModule(), loadParser()]);
  const text = bigFile();
  const cuts = cutPoints(text);
  assert.ok(cuts.length >= 2, 'the file is cut');
  for (const c of cuts) assert.is(text[c - 1], ';');
  assert.is(norm(parseLarge(text)), norm(parseSync(text)));
});

test('a cut inside BEGIN ATOMIC … END falls back to one piece', async () => {
  await Promise.all([loadModule(), loadParser()]);
  const body = Array.from({ length: 30_000 }, (_, i) => `SELECT ${i};`).join(' ');
  const text = `CREATE FUNCTION big() RETURNS int LANGUAGE sql BEGIN ATOMIC ${body} END;\nCREATE TABLE after_it (a int);\n`;
  assert.ok(cutPoints(text).length > 0);
  assert.is(norm(parseLarge(text)), norm(parseSync(text)));
});

test.run();
