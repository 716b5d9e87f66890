/** Text search dictionaries and configurations in the catalogue: COPY of built-ins, mappings, RENAME / SET SCHEMA, DROP, errors PostgreSQL gives. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { replaySql } from '../helpers/golden.js';

const BASE = `CREATE SCHEMA s;
CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION c (COPY = english);
ALTER TEXT SEARCH CONFIGURATION c ALTER MAPPING FOR word WITH d, english_stem;`;

const run = (sql: string) => replaySql(BASE, [{ path: 'm.sql', text: sql }]);
const errors = async (sql: string) => (await run(sql)).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test('COPY = english takes the built-in mappings; the mapping names the user dictionary qualified', async () => {
  const { catalog, diagnostics } = await run('');
  assert.equal(diagnostics, []);
  const c = catalog.tsConfigs.get('public.c')!;
  assert.is(c.parser, 'default');
  assert.equal(c.mappings.get('asciiword'), ['english_stem']);
  assert.equal(c.mappings.get('int'), ['simple']);
  assert.equal(c.mappings.get('word'), ['public.d', 'english_stem']);
  assert.not.ok(c.mappings.has('blank'));
});

test('RENAME and SET SCHEMA of a dictionary: mappings follow it; DROP is refused while a configuration uses it', async () => {
  const { catalog } = await run('ALTER TEXT SEARCH DICTIONARY d RENAME TO d2; ALTER TEXT SEARCH DICTIONARY d2 SET SCHEMA s;');
  assert.equal(catalog.tsConfigs.get('public.c')!.mappings.get('word'), ['s.d2', 'english_stem']);
  assert.equal(await errors('DROP TEXT SEARCH DICTIONARY d'), ['cannot drop text search dictionary d because other objects depend on it: text search configuration public.c']);
  const cascade = await run('DROP TEXT SEARCH DICTIONARY d CASCADE');
  assert.is(cascade.catalog.tsConfigs.size, 0);
  assert.is(cascade.catalog.tsDictionaries.size, 0);
});

test('ALTER MAPPING REPLACE, DROP MAPPING, dictionary options set and removed', async () => {
  const { catalog } = await run(`ALTER TEXT SEARCH CONFIGURATION c ALTER MAPPING REPLACE english_stem WITH simple;
    ALTER TEXT SEARCH CONFIGURATION c DROP MAPPING FOR email, url;
    ALTER TEXT SEARCH DICTIONARY d (ACCEPT = false, StopWords);`);
  const c = catalog.tsConfigs.get('public.c')!;
  assert.equal(c.mappings.get('word'), ['public.d', 'simple']);
  assert.equal(c.mappings.get('asciiword'), ['simple']);
  assert.not.ok(c.mappings.has('email'));
  assert.equal(catalog.tsDictionaries.get('public.d')!.options, [['accept', 'false']]);
});

test('errors PostgreSQL gives: unknown token type, duplicate mapping, PARSER with COPY, unknown dictionary', async () => {
  assert.equal(await errors('ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR nosuch WITH simple'), ['token type "nosuch" does not exist']);
  assert.equal(await errors('ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR word WITH simple'), ['mapping for token type "word" already exists']);
  assert.equal(await errors('CREATE TEXT SEARCH CONFIGURATION x (PARSER = default, COPY = english)'), ['cannot specify both PARSER and COPY options']);
  assert.equal(await errors('ALTER TEXT SEARCH CONFIGURATION c ALTER MAPPING FOR word WITH nosuch'), ['text search dictionary "nosuch" does not exist']);
});

test('a text search parser or template is reported, not silently dropped', async () => {
  const { diagnostics } = await run('CREATE TEXT SEARCH TEMPLATE t (LEXIZE = dsimple_lexize)');
  assert.ok(diagnostics.some((d) => d.code === 'unmodelled-statement' && /TEXT SEARCH TEMPLATE/.test(d.message)));
});

test.run();
