/**
 * Sequences: create, drop, option changes, OWNED BY. Sequences owned by dropped columns go with them;
 * a sequence that outlives its owner (the owning column or table is dropped, or the table is
 * re-created) is released (OWNED BY NONE) before the owner goes, then owned again if it has an owner.
 */
import type { Sequence, SequenceOptions } from '../catalog/model/catalog.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';
import { recreatedTables } from './partitions.js';

export function sameSequenceOptions(a: SequenceOptions, b: SequenceOptions): boolean {
  return a.dataType === b.dataType && a.start === b.start && a.increment === b.increment && a.min === b.min && a.max === b.max && a.cache === b.cache && a.cycle === b.cycle;
}

function ownerKey(s: Sequence): string {
  return s.ownedBy ? `${s.ownedBy.schema}.${s.ownedBy.table}.${s.ownedBy.column}` : '';
}

export function diffSequences(ctx: DiffContext): void {
  const recreated = recreatedTables(ctx);
  /** PostgreSQL drops an owned sequence with its owning column or table. */
  const ownerGoes = (s: Sequence): boolean => {
    const o = s.ownedBy;
    if (!o) return false;
    const k = `${o.schema}.${o.table}`;
    return !ctx.to.tables.get(k)?.columns.has(o.column) || recreated.has(k);
  };
  diffMaps(ctx.from.sequences, ctx.to.sequences, {
    added: (sequence) => {
      ctx.changes.push({ kind: 'create_sequence', sequence });
      if (sequence.ownedBy) ctx.changes.push({ kind: 'set_sequence_owner', sequence });
    },
    removed: (sequence) => {
      if (!ownerGoes(sequence)) ctx.changes.push({ kind: 'drop_sequence', sequence });
    },
    both: (a, b) => {
      if (!sameSequenceOptions(a.options, b.options)) ctx.changes.push({ kind: 'alter_sequence', sequence: b, from: a.options });
      const released = ownerGoes(a);
      if (released) ctx.changes.push({ kind: 'set_sequence_owner', sequence: b, release: true });
      if (released ? b.ownedBy : ownerKey(a) !== ownerKey(b)) ctx.changes.push({ kind: 'set_sequence_owner', sequence: b });
    },
  });
}
