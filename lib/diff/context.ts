/** Shared state of one diff run: the two catalogues and the changes collected so far. */
import type { Catalog } from '../catalog/model/catalog.js';
import type { Change } from './change.js';

export interface DiffContext {
  from: Catalog;
  to: Catalog;
  changes: Change[];
  options?: DiffOptions;
}

export interface DiffOptions {
  /** Emit ALTER … OWNER TO for owner differences (config `manageOwnership`); owners are ignored otherwise. */
  manageOwnership?: boolean;
  /** The PostgreSQL major version the migration targets (default 15): chooses between in-place forms and DROP + ADD. */
  pgVersion?: number;
}

/** Walk two keyed maps: callbacks for keys only in `to`, only in `from`, and in both. Keys are visited sorted, for stable output. */
export function diffMaps<T>(
  from: Map<string, T>,
  to: Map<string, T>,
  cb: { added?: (b: T, key: string) => void; removed?: (a: T, key: string) => void; both?: (a: T, b: T, key: string) => void },
): void {
  const keys = [...new Set([...from.keys(), ...to.keys()])].sort();
  for (const k of keys) {
    const a = from.get(k);
    const b = to.get(k);
    if (a !== undefined && b !== undefined) cb.both?.(a, b, k);
    else if (b !== undefined) cb.added?.(b, k);
    else if (a !== undefined) cb.removed?.(a, k);
  }
}
