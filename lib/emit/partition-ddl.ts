/** SQL fragments of partitioning: PARTITION BY keys and FOR VALUES bounds. */
import type { PartitionBound, PartitionDatum, PartitionSpec } from '../catalog/model/catalog.js';
import { collationSql } from './collation-sql.js';
import { exprSql } from './expr.js';
import { ident, literal } from '../source/quote.js';

export function partitionSpecSql(p: PartitionSpec): string {
  const keys = p.keys.map((k) => {
    let s = k.column !== undefined ? ident(k.column) : `(${exprSql(k.expr!)})`;
    if (k.collation) s += ` COLLATE ${collationSql(k.collation)}`;
    if (k.opclass) s += ` ${k.opclass.split('.').map(ident).join('.')}`;
    return s;
  });
  return `PARTITION BY ${p.strategy.toUpperCase()} (${keys.join(', ')})`;
}

function datumSql(d: PartitionDatum): string {
  if ('keyword' in d) return d.keyword;
  if ('expr' in d) return exprSql(d.expr);
  return literal(d.value);
}

const list = (ds: PartitionDatum[] | undefined) => (ds ?? []).map(datumSql).join(', ');

export function partitionBoundSql(b: PartitionBound): string {
  switch (b.kind) {
    case 'default': return 'DEFAULT';
    case 'range': return `FOR VALUES FROM (${list(b.from)}) TO (${list(b.to)})`;
    case 'list': return `FOR VALUES IN (${list(b.values)})`;
    case 'hash': return `FOR VALUES WITH (MODULUS ${b.modulus}, REMAINDER ${b.remainder})`;
  }
}
