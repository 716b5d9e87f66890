/** Partition bounds on a timestamptz key compare as instants; other key types compare as written. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { diff } from '../../lib/diff/diff.js';

const schema = (type: string, from: string, to: string) => `
CREATE TABLE m (at ${type} NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2022 PARTITION OF m FOR VALUES FROM ('${from}') TO ('${to}');`;

test('the same instant written in two offsets is the same bound', async () => {
  const a = await bindSql(schema('timestamptz', '2022-04-01 01:00:00+01', '2022-05-01 02:00:00+02'));
  const b = await bindSql(schema('timestamptz', '2022-04-01 00:00:00+00', '2022-05-01 00:00:00+00'));
  assert.equal(a.diagnostics, []);
  assert.equal(diff(a.catalog, b.catalog), []);
});

test('a different instant is a different bound; text keys are compared as written', async () => {
  const a = await bindSql(schema('timestamptz', '2022-04-01 01:00:00+01', '2022-05-01 00:00:00+00'));
  const b = await bindSql(schema('timestamptz', '2022-04-01 01:00:00+00', '2022-05-01 00:00:00+00'));
  assert.ok(diff(a.catalog, b.catalog).length > 0);
  const c = await bindSql(schema('text', '2022-04-01 01:00:00+01', 'z'));
  const d = await bindSql(schema('text', '2022-04-01 00:00:00+00', 'z'));
  assert.ok(diff(c.catalog, d.catalog).length > 0);
});

test.run();
