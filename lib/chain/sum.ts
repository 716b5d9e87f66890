/**
 * out/pgshift.sum: one line per revision with the hash of its up and down files. Two branches that
 * both append a line conflict in git; an applied revision edited afterwards no longer matches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../source/diagnostic.js';
import type { Chain, Revision } from './revision.js';

export const SUM_FILE = 'pgshift.sum';

export function revisionHash(r: Revision): string {
  const h = createHash('sha256');
  h.update(r.up.text.replace(/\r\n/g, '\n'));
  h.update('\u0000');
  h.update((r.down?.text ?? '').replace(/\r\n/g, '\n'));
  return h.digest('hex');
}

/** Hash of an up.sql alone (the version table's checksum). */
export function upChecksum(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

export function sumText(chain: Chain): string {
  return chain.revisions.map((r) => `${r.id} sha256:${revisionHash(r)}\n`).join('');
}

export function readSum(dir: string): Map<string, string> | undefined {
  const p = join(dir, SUM_FILE);
  if (!existsSync(p)) return undefined;
  const out = new Map<string, string>();
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const m = /^(\S+)\s+sha256:([0-9a-f]{64})\s*$/.exec(line.trim());
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

/** Compare the chain with its sum file: edited, unrecorded and vanished revisions. */
export function verifySum(chain: Chain): Diagnostic[] {
  const recorded = readSum(chain.dir);
  const file = join(chain.dir, SUM_FILE);
  if (!recorded) return chain.revisions.length && chain.format === 'pgshift' ? [{ code: 'chain-sum', severity: 'error', message: `${file} is missing`, file }] : [];
  const diags: Diagnostic[] = [];
  for (const r of chain.revisions) {
    const h = recorded.get(r.id);
    if (!h) diags.push({ code: 'chain-sum', severity: 'error', message: `revision ${r.id} (${r.up.path}) is not recorded in ${file}`, file: r.up.path });
    else if (h !== revisionHash(r)) diags.push({ code: 'chain-sum', severity: 'error', message: `revision ${r.id} was changed after it was recorded: ${r.up.path} no longer matches ${file}`, file: r.up.path, help: 'Revert the edit and generate a new revision instead.' });
  }
  const ids = new Set(chain.revisions.map((r) => r.id));
  for (const id of recorded.keys()) if (!ids.has(id)) diags.push({ code: 'chain-sum', severity: 'error', message: `revision ${id} is recorded in ${file} but its files are missing`, file });
  return diags;
}
