/** dump: a catalogue as canonical DDL (what a chain has built), for review. */
import type { Catalog } from '../catalog/model/catalog.js';
import { emptyCatalog } from '../catalog/model/catalog.js';
import { migrationBetween, migrationText } from './diff.js';

export function dumpCatalog(cat: Catalog): string {
  const m = migrationBetween(emptyCatalog(cat.searchPath[0] ?? 'public'), cat, { safe: false, locks: false, selfLint: false });
  return migrationText(m.up, { safe: false, annotate: false });
}
