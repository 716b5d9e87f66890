/** dump: a catalogue as canonical DDL (what a chain has built), for review. */
import type { Catalog } from '../catalog/model/catalog.js';
import { emptyCatalog } from '../catalog/model/catalog.js';
import { migrationBetween, migrationText } from './diff.js';

/** Owners are written (ALTER … OWNER TO): without them the owner's privileges would go to whoever runs the DDL. */
export function dumpCatalog(cat: Catalog): string {
  const empty = emptyCatalog(cat.searchPath[0] ?? 'public');
  if (cat.migrationRole) empty.migrationRole = cat.migrationRole;
  const m = migrationBetween(empty, cat, { safe: false, locks: false, selfLint: false, manageOwnership: true });
  return migrationText(m.up, { safe: false, annotate: false });
}
