/**
 * `pgshift sql`: one offline script for a revision range, for DBAs running `psql -v ON_ERROR_STOP=1 -f`.
 * Each revision runs in its own BEGIN … COMMIT with its version-table row; statements that cannot
 * run in a transaction are placed outside; `-- pgshift:commit` splits a revision into several transactions.
 */
import type { Diagnostic } from '../source/diagnostic.js';
import { spanText } from '../source/file.js';
import { initParser, parseFile } from '../parse/parse.js';
import type { Chain, Revision } from '../chain/revision.js';
import { segments } from '../chain/segments.js';
import { upChecksum } from '../chain/sum.js';
import { COMMIT_MARKER, OUTSIDE_TRANSACTION_MARKER } from '../emit/migration.js';
import { createVersionTableSql, forgetRevisionSql, recordRevisionSql, type VersionTable } from '../emit/version-table.js';

export interface ScriptOptions {
  /** `FROM:TO` revision ids; FROM is exclusive ('base' = before the first), TO inclusive ('head'). */
  range?: string;
  down?: boolean;
  versionTable: VersionTable;
}

/** Select revisions in a range `FROM:TO` (or `TO` alone = `base:TO`), in application order. */
export function selectRange(chain: Chain, range: string | undefined, diags: Diagnostic[]): Revision[] {
  const revs = chain.revisions;
  const parts = (range ?? 'base:head').split(':');
  const [fromS, toS] = parts.length === 1 ? ['base', parts[0]!] : [parts[0] || 'base', parts[1] || 'head'];
  const index = (id: string): number | undefined => {
    if (id === 'base') return -1;
    if (id === 'head') return revs.length - 1;
    const i = revs.findIndex((r) => r.id === id || r.id.startsWith(id) || `${r.id}_${r.name}` === id);
    if (i < 0) {
      diags.push({ code: 'unknown-revision', severity: 'error', message: `no revision ${id} in ${chain.dir}` });
      return undefined;
    }
    return i;
  };
  const from = index(fromS);
  const to = index(toS);
  if (from === undefined || to === undefined) return [];
  return revs.slice(from + 1, to + 1);
}

function statementText(text: string): string {
  return text.trimEnd().endsWith(';') ? text.trimEnd() : `${text.trimEnd()};`;
}

export async function offlineScript(chain: Chain, opts: ScriptOptions): Promise<{ sql: string; diagnostics: Diagnostic[] }> {
  await initParser();
  const diagnostics: Diagnostic[] = [];
  let revs = selectRange(chain, opts.range, diagnostics);
  if (opts.down) revs = [...revs].reverse();
  const vt = opts.versionTable;
  const out: string[] = [
    `-- pgshift offline script (${opts.down ? 'downgrade' : 'upgrade'}), ${revs.length} revision(s)`,
    '-- run with: psql -v ON_ERROR_STOP=1 -f <this file>',
    '',
    `${createVersionTableSql(vt)};`,
    '',
  ];
  for (const r of revs) {
    const file = opts.down ? r.down : r.up;
    out.push(`-- revision ${r.id}: ${r.name}${opts.down ? ' (down)' : ''}`);
    if (!file) {
      diagnostics.push({ code: 'missing-down', severity: 'error', message: `revision ${r.id} has no down script`, file: r.up.path });
      continue;
    }
    const parsed = parseFile(file);
    diagnostics.push(...parsed.diagnostics);
    const segs = segments(parsed, { wholeFileNoTransaction: r.noTransaction });
    const record = opts.down ? forgetRevisionSql(vt, r.id) : recordRevisionSql(vt, { id: r.id, parent: r.parents[0], checksum: upChecksum(r.up.text) });
    const lastTx = segs.map((s) => s.transactional).lastIndexOf(true);
    segs.forEach((seg, i) => {
      const body = seg.statements.map((s) => {
        const comments = s.leadingComments.filter((c) => c.trim() !== COMMIT_MARKER && c.trim() !== OUTSIDE_TRANSACTION_MARKER && !/^-- (pgshift revision|parent|message|created|direction):/.test(c));
        return [...comments, statementText(spanText(s.file, s.span))].join('\n');
      });
      // when a revision has several steps, say which one runs: a failure leaves the earlier ones applied
      if (segs.length > 1) out.push(`-- step ${i + 1} of ${segs.length} of revision ${r.id}${seg.transactional ? '' : ' (outside a transaction)'}${i > 0 ? `; steps 1-${i} are committed when this one runs` : ''}`);
      if (seg.transactional) {
        out.push('BEGIN;', ...body, ...(i === lastTx ? [`${record};`] : []), 'COMMIT;');
      } else {
        out.push(...body);
      }
    });
    if (lastTx < 0) out.push('BEGIN;', `${record};`, 'COMMIT;');
    out.push('');
  }
  return { sql: out.join('\n'), diagnostics };
}
