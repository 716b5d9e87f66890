/** SARIF 2.1.0 report (GitHub code scanning ingests it): rule metadata in the driver, results with regions. */
import { docsBase, docsLink, filesByPath, positionOf, sorted, type ReportInput } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function uri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

export function toSarif(input: ReportInput): object {
  const byPath = filesByPath(input.files);
  const rules: ({ id: string } & Record<string, unknown>)[] = input.rules.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: r.docs.why },
    help: { text: r.docs.fix, markdown: `**Why:** ${r.docs.why}\n\n**Fix:** ${r.docs.fix}` },
    helpUri: docsLink(input, r.id),
    defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : LEVEL[r.defaultSeverity] },
    properties: { category: r.category },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const extra = new Map<string, number>();
  const results = sorted(input.diagnostics).map((d) => {
    const p = positionOf(d, byPath);
    let ruleIndex = index.get(d.code);
    if (ruleIndex === undefined) {
      // Engine codes (syntax-error, config-error, ...) get a minimal rule entry.
      ruleIndex = extra.get(d.code);
      if (ruleIndex === undefined) {
        ruleIndex = rules.length;
        rules.push({ id: d.code, name: d.code, shortDescription: { text: d.code }, fullDescription: { text: d.code }, help: { text: d.help ?? d.code, markdown: d.help ?? d.code }, helpUri: docsLink(input, d.code), defaultConfiguration: { level: LEVEL[d.severity] }, properties: { category: 'engine' } });
        extra.set(d.code, ruleIndex);
      }
    }
    const result: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex,
      level: LEVEL[d.severity],
      message: { text: d.help ? `${d.message}\nHelp: ${d.help}` : d.message },
    };
    if (d.file) {
      const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: uri(d.file) } };
      if (p) physicalLocation.region = { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
      result.locations = [{ physicalLocation }];
    }
    return result;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pgshift', informationUri: docsBase(input), rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(input: ReportInput): string {
  return JSON.stringify(toSarif(input), null, 2) + '\n';
}
