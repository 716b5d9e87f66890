/** psql meta-commands in SQL files (pg_dump 15.14+ writes \restrict / \unrestrict around every dump). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { blankMetaCommands } from '../../lib/parse/psql-meta.js';

const DUMP = `--
-- PostgreSQL database dump
--

\\restrict PhDffZmZeNzwshqN3ooUH7kyAw01NpfbS3EMshCQmgaw4dtoaRsr2JD2KO3ckAT

SET statement_timeout = 0;
CREATE TABLE public.t (a text DEFAULT E'x\\ny', b text DEFAULT '\\d');
CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$
\\not a meta command inside a body
$$;

\\unrestrict PhDffZmZeNzwshqN3ooUH7kyAw01NpfbS3EMshCQmgaw4dtoaRsr2JD2KO3ckAT
`;

test('pg_dump\'s \\restrict and \\unrestrict are blanked, offsets unchanged, silently', async () => {
  await initParser();
  const p = parseFile({ path: 'dump.sql', text: DUMP });
  assert.equal(p.diagnostics, []);
  assert.equal(p.statements.map((s) => s.type), ['VariableSetStmt', 'CreateStmt', 'CreateFunctionStmt']);
  const create = p.statements[1]!;
  assert.ok(DUMP.slice(create.span.start, create.span.end).startsWith('CREATE TABLE public.t'));
  const blanked = blankMetaCommands(DUMP);
  assert.is(blanked.text.length, DUMP.length);
  assert.equal(blanked.commands.map((c) => c.name), ['restrict', 'unrestrict']);
  assert.ok(blanked.text.includes('\\not a meta command inside a body'), 'dollar-quoted bodies are left alone');
  assert.ok(blanked.text.includes("E'x\\ny'"), 'string literals are left alone');
});

test('other meta-commands are ignored with a warning at their line', async () => {
  await initParser();
  const text = 'CREATE TABLE a (x int);\n\\connect other\nCREATE TABLE b (y int);\n';
  const p = parseFile({ path: 'x.sql', text });
  assert.equal(p.statements.map((s) => s.type), ['CreateStmt', 'CreateStmt']);
  assert.equal(p.diagnostics.map((d) => [d.code, d.severity, text.slice(d.span!.start, d.span!.end)]), [['psql-meta-command', 'warning', '\\connect other']]);
});

test('text without backslashes is returned as it is', () => {
  const text = 'SELECT 1;';
  assert.is(blankMetaCommands(text).text, text);
});

test.run();
