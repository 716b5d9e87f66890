/** Sequences: CREATE/ALTER SEQUENCE, their options with PostgreSQL's defaults, OWNED BY. */
import type { AlterSeqStmt, CreateSeqStmt, DefElem } from '@pgsql/types';
import type { SequenceOptions } from '../model/catalog.js';
import { type ApplyContext, creationSchema, fail, failDuplicate, origin } from './context.js';
import { defArg, defElems, listItems, qualifiedFromRangeVar, strings } from '../../parse/ast.js';
import { relationOrigin, truncateIdent } from '../query/names.js';
import { resolveSequence, resolveTable } from '../query/resolve.js';
import { typeFromNode } from '../query/types.js';

const LIMITS: Record<string, [string, string]> = {
  smallint: ['-32768', '32767'],
  integer: ['-2147483648', '2147483647'],
  bigint: ['-9223372036854775808', '9223372036854775807'],
};

/** Options as PostgreSQL stores them once defaults are filled in. */
export function sequenceOptions(elems: DefElem[], dataType = 'bigint', base?: SequenceOptions): SequenceOptions {
  let type = base?.dataType ?? dataType;
  const given: Partial<Record<string, string | boolean | null>> = {};
  for (const d of elems) {
    if (d.defname === 'as') {
      const t = d.arg && 'TypeName' in d.arg ? typeFromNode((d.arg as any).TypeName) : undefined;
      if (t) type = t.name;
    } else if (d.defname === 'owned_by' || d.defname === 'sequence_name' || d.defname === 'restart') {
      continue;
    } else if (d.defname) {
      const v = defArg(d);
      given[d.defname] = v === undefined ? null : v; // NO MINVALUE / NO MAXVALUE → null
    }
  }
  return fillOptions(given, type, base);
}

/**
 * A sequence's options once its type changes (ALTER SEQUENCE … AS, or ALTER COLUMN … TYPE of an
 * identity column): bounds that were the old type's defaults become the new type's; explicit ones
 * stay (and must fit the new type: sequenceRangeError).
 */
export function retypedSequence(base: SequenceOptions, type: string): SequenceOptions {
  return fillOptions({}, type, base);
}

/** PostgreSQL's error for bounds or a start that do not fit the sequence's type, or undefined. */
export function sequenceRangeError(o: SequenceOptions): string | undefined {
  const [tmin, tmax] = LIMITS[o.dataType] ?? LIMITS.bigint!;
  const within = (v: string) => BigInt(v) >= BigInt(tmin) && BigInt(v) <= BigInt(tmax);
  if (!within(o.max)) return `MAXVALUE (${o.max}) is out of range for sequence data type ${o.dataType}`;
  if (!within(o.min)) return `MINVALUE (${o.min}) is out of range for sequence data type ${o.dataType}`;
  if (BigInt(o.start) < BigInt(o.min)) return `START value (${o.start}) cannot be less than MINVALUE (${o.min})`;
  if (BigInt(o.start) > BigInt(o.max)) return `START value (${o.start}) cannot be greater than MAXVALUE (${o.max})`;
  return undefined;
}

function fillOptions(given: Partial<Record<string, string | boolean | null>>, type: string, base: SequenceOptions | undefined): SequenceOptions {
  const inc = String(given.increment ?? base?.increment ?? '1');
  const asc = !inc.startsWith('-');
  const [tmin, tmax] = LIMITS[type] ?? LIMITS.bigint!;
  const typeChanged = base && base.dataType !== type;
  const pick = (k: 'minvalue' | 'maxvalue', dflt: string, prev?: string, prevDefault?: string): string => {
    if (k in given) return given[k] === null ? dflt : String(given[k]);
    if (prev !== undefined && !(typeChanged && prev === prevDefault)) return prev;
    return dflt;
  };
  const prevLimits = base ? LIMITS[base.dataType] ?? LIMITS.bigint! : undefined;
  const min = pick('minvalue', asc ? '1' : tmin, base?.min, base ? (asc ? '1' : prevLimits![0]) : undefined);
  const max = pick('maxvalue', asc ? tmax : '-1', base?.max, base ? (asc ? prevLimits![1] : '-1') : undefined);
  const start = given.start != null ? String(given.start) : base?.start ?? (asc ? min : max);
  return {
    dataType: type,
    start,
    increment: inc,
    min,
    max,
    cache: String(given.cache ?? base?.cache ?? '1'),
    cycle: given.cycle != null ? given.cycle === true || given.cycle === 'true' : base?.cycle ?? false,
  };
}

function ownedBy(ctx: ApplyContext, elems: DefElem[], seqSchema: string): { schema: string; table: string; column: string } | null | undefined {
  const d = elems.find((e) => e.defname === 'owned_by');
  if (!d?.arg) return undefined;
  const parts = strings(listItems(d.arg));
  if (parts.length === 1 && parts[0] === 'none') return null;
  const column = parts[parts.length - 1]!;
  const t = resolveTable(ctx.cat, { schema: parts.length > 2 ? parts[parts.length - 3] : undefined, name: parts[parts.length - 2]! });
  if (!t) {
    if (ctx.mode === 'replay') fail(ctx, 'missing-object', `relation ${parts.slice(0, -1).join('.')} does not exist`);
    return { schema: parts.length > 2 ? parts[parts.length - 3]! : ctx.cat.searchPath[0]!, table: parts[parts.length - 2]!, column };
  }
  if (t.schema !== seqSchema) fail(ctx, 'invalid-definition', `sequence must be in same schema as table it is linked to (${seqSchema} vs ${t.schema}.${t.name})`);
  return { schema: t.schema, table: t.name, column };
}

export function createSequence(ctx: ApplyContext, s: CreateSeqStmt): void {
  const q = qualifiedFromRangeVar(s.sequence!);
  const schema = creationSchema(ctx, q.schema);
  const name = truncateIdent(q.name);
  const k = `${schema}.${name}`;
  if (ctx.cat.sequences.has(k) || ctx.cat.tables.has(k) || ctx.cat.indexes.has(k)) {
    if (!s.if_not_exists) failDuplicate(ctx, `relation ${k} already exists`, relationOrigin(ctx.cat, schema, name));
    return;
  }
  const elems = defElems(s.options);
  const owner = ownedBy(ctx, elems, schema);
  ctx.cat.sequences.set(k, { schema, name, options: sequenceOptions(elems), ownedBy: owner ?? undefined, origin: origin(ctx) });
}

export function alterSequence(ctx: ApplyContext, s: AlterSeqStmt): void {
  const q = qualifiedFromRangeVar(s.sequence!);
  const seq = resolveSequence(ctx.cat, q.schema, q.name);
  if (!seq) {
    if (!s.missing_ok) fail(ctx, 'missing-object', `sequence ${q.name} does not exist`);
    return;
  }
  const elems = defElems(s.options);
  seq.options = sequenceOptions(elems, seq.options.dataType, seq.options);
  const owner = ownedBy(ctx, elems, seq.schema);
  if (owner === null) delete seq.ownedBy;
  else if (owner) seq.ownedBy = owner;
}
