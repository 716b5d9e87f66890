/** Sequences: create, drop, option changes, OWNED BY. Sequences owned by dropped columns go with them. */
import type { Sequence, SequenceOptions } from '../catalog/model.js';
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';

export function sameSequenceOptions(a: SequenceOptions, b: SequenceOptions): boolean {
  return a.dataType === b.dataType && a.start === b.start && a.increment === b.increment && a.min === b.min && a.max === b.max && a.cache === b.cache && a.cycle === b.cycle;
}

function ownerKey(s: Sequence): string {
  return s.ownedBy ? `${s.ownedBy.schema}.${s.ownedBy.table}.${s.ownedBy.column}` : '';
}

export function diffSequences(ctx: DiffContext): void {
  diffMaps(ctx.from.sequences, ctx.to.sequences, {
    added: (sequence) => {
      ctx.changes.push({ kind: 'create_sequence', sequence });
      if (sequence.ownedBy) ctx.changes.push({ kind: 'set_sequence_owner', sequence });
    },
    removed: (sequence) => {
      const o = sequence.ownedBy;
      const ownerGone = o && !ctx.to.tables.get(`${o.schema}.${o.table}`)?.columns.has(o.column);
      if (!ownerGone) ctx.changes.push({ kind: 'drop_sequence', sequence });
    },
    both: (a, b) => {
      if (!sameSequenceOptions(a.options, b.options)) ctx.changes.push({ kind: 'alter_sequence', sequence: b, from: a.options });
      if (ownerKey(a) !== ownerKey(b)) ctx.changes.push({ kind: 'set_sequence_owner', sequence: b });
    },
  });
}
