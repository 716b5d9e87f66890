/** dump: a catalogue as canonical DDL (what a chain has built), for review. */
import type { Catalog } from '../catalog/model.js';
import { emptyCatalog } from '../catalog/model.js';
import { migrationBetween } from './diff.js';
import { statementsToSql } from '../emit/emit.js';

export function dumpCatalog(cat: Catalog): string {
  const m = migrationBetween(emptyCatalog(cat.searchPath[0] ?? 'public'), cat);
  return statementsToSql(m.up, { annotate: false });
}
