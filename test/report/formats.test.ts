/** Every output format, checked structurally. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allRules } from '../../rules/index.js';
import { formatReport, FORMATS } from '../../lib/report/index.js';
import { toSarif } from '../../lib/report/sarif.js';
import type { ReportInput } from '../../lib/report/types.js';
import { lintSql } from '../lint/lint-helpers.js';

async function input(): Promise<ReportInput> {
  const { diagnostics, file } = await lintSql("ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();\nCREATE INDEX users_token_idx ON users (token);\n-- pgshift-ignore: ban-drop-table\nDROP TABLE \"a,b:c\";\n");
  return { diagnostics, files: [file, { path: 'clean.sql', text: 'SELECT 1;\n' }], rules: allRules };
}

test('text: file:line:col, severity, rule, code frame with the span underlined, help', async () => {
  const out = formatReport('text', await input());
  assert.match(out, /^migration\.sql:2:1 error require-concurrent-index-creation$/m);
  assert.match(out, /^ {2}2 \| CREATE INDEX users_token_idx ON users \(token\);$/m);
  assert.match(out, /^ {2} {2}\| \^{12}$/m);
  assert.match(out, /^ {2}help: Use `CREATE INDEX CONCURRENTLY`/m);
  assert.match(out, /2 files linted: \d+ errors?, \d+ warnings?\.\n$/);
  assert.not.match(out, /\x1b\[/);
});

test('json: an array of findings with positions', async () => {
  const arr = JSON.parse(formatReport('json', await input())) as Record<string, unknown>[];
  assert.ok(Array.isArray(arr) && arr.length > 3);
  for (const f of arr) assert.equal(Object.keys(f), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'help']);
  const idx = arr.find((f) => f.rule === 'require-concurrent-index-creation')!;
  assert.equal([idx.file, idx.line, idx.column, idx.endLine, idx.endColumn, idx.severity], ['migration.sql', 2, 1, 2, 13, 'error']);
});

test('sarif: 2.1.0 with rule metadata and regions', async () => {
  const s = toSarif(await input()) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; helpUri: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
  assert.is(s.version, '2.1.0');
  const run = s.runs[0]!;
  assert.is(run.tool.driver.name, 'pgshift');
  assert.ok(run.tool.driver.rules.length >= allRules.length);
  for (const r of run.tool.driver.rules) assert.ok(r.id && r.shortDescription.text && r.helpUri.endsWith(`#${r.id}`));
  assert.ok(run.results.length > 0);
  for (const r of run.results) {
    assert.is(run.tool.driver.rules[r.ruleIndex]!.id, r.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(r.level));
    assert.match(run.tool.driver.rules[r.ruleIndex]!.helpUri, /^https:\/\//);
    const loc = r.locations[0]!.physicalLocation;
    assert.is(loc.artifactLocation.uri, 'migration.sql');
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
  }
});

test('github: one workflow command per finding, properties escaped', async () => {
  const out = formatReport('github', await input());
  const lines = out.trimEnd().split('\n');
  assert.ok(lines.length > 3);
  for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=[a-z-]+::[^\n]+$/);
  assert.ok(lines.some((l) => l.startsWith('::error file=migration.sql,line=2,col=1,endLine=2,endColumn=13,title=require-concurrent-index-creation::')));
  assert.ok(lines.every((l) => !/%0A.*\n/.test(l)));
});

/** A minimal XML well-formedness check: balanced tags, quoted attributes, escaped text. */
function parseXml(xml: string): { name: string; attrs: Record<string, string>; children: unknown[] } {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: { name: string; attrs: Record<string, string>; children: unknown[] }[] = [{ name: '#root', attrs: {}, children: [] }];
  const re = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(body))) {
    assert.is(m.index, pos, `unexpected markup at ${pos}: ${body.slice(pos, pos + 40)}`);
    pos = re.lastIndex;
    if (m[5] !== undefined) {
      assert.not.match(m[5], /&(?!(amp|lt|gt|quot|apos);)/, 'unescaped &');
      continue;
    }
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      const top = stack.pop()!;
      assert.is(top.name, name, 'balanced tags');
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText!.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    const el = { name: name!, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    if (!selfClose) stack.push(el);
  }
  assert.is(pos, body.length, 'whole document parsed');
  assert.is(stack.length, 1, 'all tags closed');
  return stack[0]!.children[0] as never;
}

test('junit: parses; one testsuite per file, one testcase per finding', async () => {
  const root = parseXml(formatReport('junit', await input()));
  assert.is(root.name, 'testsuites');
  const suites = root.children as { name: string; attrs: Record<string, string>; children: { name: string; attrs: Record<string, string>; children: { name: string }[] }[] }[];
  assert.equal(suites.map((s) => s.attrs.name), ['migration.sql', 'clean.sql']);
  const mig = suites[0]!;
  assert.ok(Number(mig.attrs.failures) > 0);
  assert.is(Number(mig.attrs.tests), mig.children.length);
  assert.ok(mig.children.some((c) => c.attrs.name === 'require-concurrent-index-creation 2:1' && c.children[0]!.name === 'failure'));
  // one testcase per finding, not per file × rule
  const inp = await input();
  assert.is(mig.children.length, inp.diagnostics.filter((d) => d.file === 'migration.sql').length);
  const clean = suites[1]!;
  assert.is(clean.attrs.failures, '0');
  assert.is(clean.children.length, 1);
});

test('gcc: file:line:col: severity: message [rule], one line per finding', async () => {
  const inp = await input();
  const lines = formatReport('gcc', inp).trimEnd().split('\n');
  assert.is(lines.length, inp.diagnostics.length);
  assert.ok(lines.includes(lines.find((l) => l.startsWith('migration.sql:2:1: error: ') && l.endsWith('[require-concurrent-index-creation]'))!));
  for (const l of lines) assert.match(l, /^[^:]+:\d+:\d+: (error|warning|note): [^\n]+ \[[a-z-]+\]$/);
});

test('gitlab: code quality entries with unique fingerprints', async () => {
  const inp = await input();
  const arr = JSON.parse(formatReport('gitlab', inp)) as { check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
  assert.is(arr.length, inp.diagnostics.length);
  assert.is(new Set(arr.map((a) => a.fingerprint)).size, arr.length);
  const idx = arr.find((a) => a.check_name === 'require-concurrent-index-creation')!;
  assert.equal([idx.severity, idx.location.path, idx.location.lines.begin], ['major', 'migration.sql', 2]);
  assert.ok(arr.every((a) => ['info', 'minor', 'major', 'critical', 'blocker'].includes(a.severity)));
});

test('every format handles no findings', () => {
  for (const f of FORMATS) assert.type(formatReport(f, { diagnostics: [], files: [], rules: allRules }), 'string');
});

test.run();
