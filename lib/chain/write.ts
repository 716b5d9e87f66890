/** Writing a new revision atomically: files go to a temporary directory that is renamed into place, then the sum file is replaced. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Revision } from './revision.js';
import { SUM_FILE, revisionHash } from './sum.js';
import { readSum } from './sum.js';

export function slugify(message: string): string {
  return message.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 48) || 'revision';
}

/** A sortable timestamp id: YYYYMMDDHHMMSS. */
export function revisionId(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Write `<outDir>/<id>_<slug>/{up,down}.sql` and append to the sum file. Returns the revision directory. */
export function writeRevision(outDir: string, rev: { id: string; slug: string; up: string; down: string }, existing: Revision[]): string {
  mkdirSync(outDir, { recursive: true });
  const name = `${rev.id}_${rev.slug}`;
  const final = join(outDir, name);
  const tmp = join(outDir, `.${name}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    writeFileSync(join(tmp, 'up.sql'), rev.up);
    writeFileSync(join(tmp, 'down.sql'), rev.down);
    renameSync(tmp, final);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const recorded = readSum(outDir) ?? new Map<string, string>();
  const lines = existing.map((r) => `${r.id} sha256:${recorded.get(r.id) ?? revisionHash(r)}`);
  const created: Revision = { id: rev.id, name: rev.slug, parents: [], up: { path: join(final, 'up.sql'), text: rev.up }, down: { path: join(final, 'down.sql'), text: rev.down }, noTransaction: false, format: 'pgshift' };
  lines.push(`${rev.id} sha256:${revisionHash(created)}`);
  writeAtomic(join(outDir, SUM_FILE), lines.join('\n') + '\n');
  return final;
}
