/**
 * Read a migration directory as a chain: pgshift (`<id>_<slug>/up.sql|down.sql` with headers),
 * golang-migrate (`NNN_name.up.sql` / `.down.sql`), diesel (`<version>_<name>/up.sql`),
 * dbmate (`-- migrate:up` / `-- migrate:down` in one file), goose (`-- +goose Up` / `-- +goose Down`),
 * Flyway (`V1__name.sql`), Prisma (`<version>_<name>/migration.sql`), and, in a folder named as a
 * chain, up-only files named by a number (`<version>_<name>.sql`: sqlx's simple migrations, Atlas).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../source/diagnostic.js';
import type { SourceFile } from '../source/file.js';
import { parseHeader } from '../emit/migration.js';
import type { Chain, ChainFormat, Revision } from './revision.js';
import { orderRevisions } from './graph.js';
import { natural, readFile } from '../source/sql-files.js';

/** Does this directory look like a chain (rather than a folder of schema files)? */
export function isChainDir(dir: string): boolean {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  if (existsSync(join(dir, 'pgshift.sum'))) return true;
  const entries = readdirSync(dir);
  if (entries.some((e) => /\.(up|down)\.sql$/.test(e) || /^V\d+(_\d+)*__.+\.sql$/.test(e))) return true;
  if (entries.some((e) => existsSync(join(dir, e, 'up.sql')) || existsSync(join(dir, e, 'migration.sql')))) return true;
  // dbmate or goose: section markers in a .sql file (one that cannot be read is no evidence either way)
  return entries.some((e) => e.endsWith('.sql') && sectionMarkers(readFile(join(dir, e), [])?.text ?? '') !== undefined);
}

/** Up/down section markers of one-file formats: dbmate's `-- migrate:up`, goose's `-- +goose Up`. */
const SECTIONS = {
  dbmate: /^--\s*migrate:(up|down)\b.*$/gm,
  goose: /^--\s*\+goose\s+(Up|Down)\b.*$/gm,
} as const;

function sectionMarkers(text: string): 'dbmate' | 'goose' | undefined {
  if (/^--\s*migrate:up/m.test(text)) return 'dbmate';
  if (/^--\s*\+goose\s+Up\b/m.test(text)) return 'goose';
  return undefined;
}

/** Blank out everything but one up or down section, keeping offsets (and so line numbers) intact. */
function section(f: SourceFile, format: 'dbmate' | 'goose', which: 'up' | 'down'): SourceFile {
  const marks = [...f.text.matchAll(SECTIONS[format])];
  const keep = new Uint8Array(f.text.length);
  marks.forEach((m, i) => {
    if (m[1]!.toLowerCase() !== which) return;
    const start = m.index! + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : f.text.length;
    keep.fill(1, start, end);
  });
  let text = '';
  for (let i = 0; i < f.text.length; i++) {
    const ch = f.text[i]!;
    text += keep[i] || ch === '\n' ? ch : ' ';
  }
  return { path: f.path, text };
}

export function readChain(dir: string): { chain: Chain; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const revs: Revision[] = [];
  let format: ChainFormat = 'pgshift';
  if (!existsSync(dir)) return { chain: { dir, format, revisions: [] }, diagnostics };
  const entries = readdirSync(dir).sort(natural);
  // a revision file that cannot be read (a dangling link, no permission) is an error with its path
  const read = (path: string): SourceFile | undefined => readFile(path, diagnostics);
  const plain: Revision[] = [];
  for (const e of entries) {
    const p = join(dir, e);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) {
      if (e.endsWith('.sql')) read(p); // reports it; other dangling entries are not migrations
      continue;
    }
    if (st.isDirectory()) {
      if (existsSync(join(p, 'migration.sql')) && !existsSync(join(p, 'up.sql'))) {
        // Prisma: `<timestamp>_<name>/migration.sql`, no down migration
        format = 'prisma';
        const up = read(join(p, 'migration.sql'));
        const m = /^([^_]+)_?(.*)$/.exec(e)!;
        if (up) revs.push({ id: m[1]!, name: m[2] || e, parents: [], up, dir: p, noTransaction: false, format });
        continue;
      }
      if (!existsSync(join(p, 'up.sql'))) continue;
      const up = read(join(p, 'up.sql'));
      const down = existsSync(join(p, 'down.sql')) ? read(join(p, 'down.sql')) : undefined;
      if (!up) continue;
      const h = parseHeader(up.text);
      if (h.id) {
        revs.push({ id: h.id, name: h.message ?? e, parents: h.parents ?? [], up, down, dir: p, noTransaction: !!h.noTransaction, format: 'pgshift' });
      } else {
        format = 'diesel';
        const m = /^([^_]+)_?(.*)$/.exec(e)!;
        revs.push({ id: m[1]!, name: m[2] || e, parents: [], up, down, dir: p, noTransaction: false, format });
      }
    } else if (/\.up\.sql$/.test(e)) {
      format = 'golang-migrate';
      const base = e.replace(/\.up\.sql$/, '');
      const m = /^([^_]+)_?(.*)$/.exec(base)!;
      const downPath = join(dir, `${base}.down.sql`);
      const up = read(p);
      if (up) revs.push({ id: m[1]!, name: m[2] || base, parents: [], up, down: existsSync(downPath) ? read(downPath) : undefined, noTransaction: false, format });
    } else if (/^V\d+(_\d+)*__.+\.sql$/.test(e)) {
      format = 'flyway';
      const m = /^V([\d_]+)__(.+)\.sql$/.exec(e)!;
      const up = read(p);
      if (up) revs.push({ id: m[1]!.replace(/_/g, '.'), name: m[2]!, parents: [], up, noTransaction: false, format });
    } else if (e.endsWith('.sql')) {
      const f = read(p);
      if (!f) continue;
      const m = /^([^_]+)_?(.*)\.sql$/.exec(e)!;
      const markers = sectionMarkers(f.text);
      if (markers) {
        format = markers;
        const noTx = markers === 'dbmate' ? /^--\s*migrate:up\b.*transaction:false/m.test(f.text) : /^--\s*\+goose\s+NO\s+TRANSACTION\b/m.test(f.text);
        revs.push({ id: m[1]!, name: m[2] || e, parents: [], up: section(f, markers, 'up'), down: section(f, markers, 'down'), noTransaction: noTx, format });
      } else if (/^\d+(_|\.sql$)/.test(e)) {
        // up-only, named by a number (sqlx's simple migrations, Atlas); `--chain` or the config names the folder a chain
        plain.push({ id: m[1]!, name: m[2] || e, parents: [], up: f, noTransaction: false, format: 'plain' });
      }
    }
  }
  // numbered up-only files make the chain only when nothing else does (a dbmate or goose file without markers is no revision)
  if (revs.length === 0 && plain.length) {
    format = 'plain';
    revs.push(...plain);
  }
  if (format === 'golang-migrate') markManifestNoTransaction(dir, revs);
  if (format !== 'pgshift') {
    distinctVersions(revs, diagnostics);
    // formats without parent links are linear in file-name order
    revs.forEach((r, i) => (r.parents = i === 0 ? [] : [revs[i - 1]!.id]));
  }
  const ordered = orderRevisions(revs, diagnostics);
  return { chain: { dir, format, revisions: ordered }, diagnostics };
}

/**
 * A `MANIFEST.json` beside golang-migrate-style files (`{"migrations": [{"file_prefix", "transaction"}]}`,
 * as in chains exported from ory/popx, whose `.autocommit` files run outside a transaction)
 * marks the revisions that must run without one.
 */
function markManifestNoTransaction(dir: string, revs: Revision[]): void {
  const path = join(dir, 'MANIFEST.json');
  if (!existsSync(path)) return;
  let manifest: { migrations?: { file_prefix?: unknown; transaction?: unknown }[] };
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return;
  }
  const noTx = new Set((manifest.migrations ?? []).filter((m) => m.transaction === false && typeof m.file_prefix === 'string').map((m) => m.file_prefix as string));
  for (const r of revs) if (noTx.has(`${r.id}_${r.name}`)) r.noTransaction = true;
}

/**
 * Two files of a linear chain with one version prefix (`20220830163045_a.up.sql` and
 * `20220830163045_b.up.sql`, which sqlx-style runners accept): both run, in file-name order, so
 * each keeps its place under the id `<version>_<name>`, with a warning.
 */
function distinctVersions(revs: Revision[], diagnostics: Diagnostic[]): void {
  const count = new Map<string, number>();
  for (const r of revs) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  for (const r of revs) {
    if ((count.get(r.id) ?? 0) < 2) continue;
    diagnostics.push({ code: 'chain-duplicate-version', severity: 'warning', message: `version ${r.id} is used by more than one migration; ${r.up.path} is replayed in file-name order as revision ${r.id}_${r.name}`, file: r.up.path });
    r.id = `${r.id}_${r.name}`;
  }
}
