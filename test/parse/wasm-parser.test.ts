/**
 * lib/parse/wasm-parser.ts calls libpg-query's WASM module with its own string conversions: its
 * results must be libpg-query's `parseSync` / `scanSync` results exactly, errors included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadModule, parseSync, scanSync, hasSqlDetails } from 'libpg-query';
import { loadParser, parseSql, ParserError, scanSql } from '../../lib/parse/wasm-parser.js';
import { goldenCases } from '../helpers/golden.js';

const ready = Promise.all([loadModule(), loadParser()]);

/** Texts that parse: every golden case's schemas, and the corners of the string conversions. */
function validTexts(): string[] {
  const texts: string[] = [];
  for (const c of goldenCases()) texts.push(c.from, c.to, readFileSync(join(c.dir, 'up.sql'), 'utf8'), readFileSync(join(c.dir, 'down.sql'), 'utf8'));
  texts.push(
    // non-ASCII in identifiers, literals, comments and dollar quotes: the JSON is UTF-8, not Latin-1
    `CREATE TABLE "注文" (größe text DEFAULT 'café ☕', "😀" int); -- é\nCOMMENT ON TABLE "注文" IS $$naïve$$;`,
    // Latin-1 range characters that would decode differently as Latin-1 and as UTF-8
    `SELECT 'ÿ', 'é', E'\\u00e9';`,
    // ASCII escapes the JSON writer produces: quotes, backslashes, control characters
    `SELECT 'a"b', 'c\\d', E'tab\\there', E'nl\\n';`,
    `SELECT 1`,
  );
  return texts.filter((t) => t.trim() !== '' && !/^\s*(--[^\n]*\n\s*)*$/.test(t));
}

test('parseSql returns what parseSync returns, for every golden schema and migration', async () => {
  await ready;
  const texts = validTexts();
  assert.ok(texts.length > 100, `${texts.length} texts`);
  let nonAscii = 0;
  for (const t of texts) {
    if (/[^\x00-\x7f]/.test(t)) nonAscii++;
    assert.equal(parseSql(t), parseSync(t), t.slice(0, 200));
  }
  assert.ok(nonAscii >= 3, 'non-ASCII texts are among them');
});

test('a syntax error has the same message and cursor position (a byte offset) as parseSync', async () => {
  await ready;
  const bad = [
    'CREATE TABEL t (a int);',
    'SELECT 1;\nCREATE TABLE "注文" (größe text,, b int);',
    'SELECT * FROM',
    "SELECT 'unterminated",
    'CREATE TABLE t (a int) ;; ALTER TABLE t ADD COLUMN ;',
  ];
  for (const sql of bad) {
    let ours: ParserError | undefined;
    let theirs: unknown;
    try {
      parseSql(sql);
    } catch (e) {
      ours = e as ParserError;
    }
    try {
      parseSync(sql);
    } catch (e) {
      theirs = e;
    }
    assert.instance(ours, ParserError, sql);
    assert.ok(hasSqlDetails(theirs), sql);
    assert.is(ours!.message, (theirs as Error).message, sql);
    assert.is(ours!.cursorPosition, (theirs as { sqlDetails: { cursorPosition: number } }).sqlDetails.cursorPosition, sql);
  }
});

test('scanSql returns what scanSync returns', async () => {
  await ready;
  for (const sql of [`CREATE TABLE "注文" (größe text DEFAULT 'café');`, 'SELECT a.b, "Quoted""Name" FROM t WHERE x <> $1', ...validTexts().slice(0, 20)]) {
    assert.equal(scanSql(sql), scanSync(sql), sql.slice(0, 200));
  }
});

test('many parses in a row neither leak nor corrupt: the WASM memory is reused', async () => {
  await ready;
  const sql = `CREATE TABLE t (a int, b text DEFAULT 'x'); CREATE INDEX ON t (a) WHERE b <> 'é';`;
  const expected = parseSync(sql);
  for (let i = 0; i < 2000; i++) assert.equal(parseSql(sql), expected);
  // a text far larger than any before: the memory grows, and the views over it are taken afresh
  const big = Array.from({ length: 20_000 }, (_, i) => `CREATE TABLE t${i} (a int DEFAULT ${i}, "é${i}" text);`).join('\n');
  const r = parseSql(big);
  assert.is(r.stmts?.length, 20_000);
  assert.equal(r, parseSync(big));
  assert.equal(parseSql(sql), expected);
});

test.run();
