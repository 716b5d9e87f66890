/**
 * Every input the fuzzer (bench/fuzz.ts, `make fuzz`) ever found failing, shrunk and kept in
 * test/fixtures/fuzz/<name>/{input.sql,case.json}: each must now pass the contract — no crash,
 * every error located as file:line:column, a failing `generate` leaves out/ as it was — both
 * in-process and through the real CLI process.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { type FuzzCase, judge, runInProcess, runProcess, type Target, Workspace } from '../helpers/fuzz/drive.js';

const DIR = resolve('test/fixtures/fuzz');

interface CaseFile {
  target: Target;
  variant: number;
  schemaFile?: string;
  /** An input too big to store: input.sql followed by `text` repeated `times` times, then `suffix`. */
  repeat?: { text: string; times: number; suffix?: string };
}

function load(name: string): FuzzCase {
  const meta = JSON.parse(readFileSync(join(DIR, name, 'case.json'), 'utf8')) as CaseFile;
  let input = readFileSync(join(DIR, name, 'input.sql'));
  if (meta.repeat) input = Buffer.concat([input, Buffer.from(meta.repeat.text.repeat(meta.repeat.times) + (meta.repeat.suffix ?? ''))]);
  const c: FuzzCase = { target: meta.target, input, variant: meta.variant };
  if (meta.schemaFile) c.schemaFile = meta.schemaFile;
  return c;
}

const names = existsSync(DIR) ? readdirSync(DIR).filter((n) => existsSync(join(DIR, n, 'case.json'))).sort() : [];
const ws = new Workspace(join(tmpdir(), `pgshift-fuzz-regressions-${process.pid}`));

for (const name of names) {
  test(`fuzz regression ${name}`, async () => {
    const c = load(name);
    const inProcess = await runInProcess(ws, c);
    const v = judge(c, inProcess);
    assert.ok(v.ok, `in-process: ${v.kind}: ${v.detail}`);
    const proc = runProcess(ws, c, 120_000); // generous: a loaded CI machine starts node slowly
    const p = judge(c, proc);
    assert.ok(p.ok, `CLI: ${p.kind}: ${p.detail}`);
    assert.is(proc.code, inProcess.code, 'the CLI and the handler agree on the exit code');
  });
}

test('fuzz regression fixtures exist', () => {
  assert.ok(names.length >= 2);
});

test.run();
