/** The diff primitive: two catalogues → up and down statements. */
import type { Catalog } from '../catalog/model.js';
import { diff } from '../diff/diff.js';
import { plan } from '../plan/plan.js';
import { emit, type EmittedStatement } from '../emit/emit.js';

export interface Migration {
  up: EmittedStatement[];
  down: EmittedStatement[];
}

export function migrationBetween(from: Catalog, to: Catalog): Migration {
  return {
    up: emit(plan(diff(from, to))),
    down: emit(plan(diff(to, from))),
  };
}

export function isEmpty(m: Migration): boolean {
  return m.up.length === 0;
}
