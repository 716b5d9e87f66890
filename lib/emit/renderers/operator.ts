/** Operators, operator families and classes: CREATE / DROP / ALTER OPERATOR, … FAMILY, … CLASS. */
import type { ChangeOf } from '../../diff/change.js';
import type { FamilyMember, ObjectName, Operator, OperatorFamily } from '../../catalog/model/operator.js';
import { typeToSql } from '../../catalog/query/types.js';
import { operatorName, qualified } from '../../source/quote.js';

const fn = (n: ObjectName) => qualified(n.schema, n.name);

/** `op (left, right)` as DROP / ALTER / COMMENT ON OPERATOR name it. */
export function operatorSignature(o: { schema: string; name: string; left?: Operator['left']; right: Operator['right'] }): string {
  return `${operatorName(o.schema, o.name)} (${o.left ? typeToSql(o.left) : 'NONE'}, ${typeToSql(o.right)})`;
}

function estimatorsSql(o: Operator): string[] {
  return [`RESTRICT = ${o.restrict ? fn(o.restrict) : 'NONE'}`, `JOIN = ${o.join ? fn(o.join) : 'NONE'}`];
}

export const createOperator = (c: ChangeOf<'create_operator'>) => {
  const o = c.operator;
  const opts = [`FUNCTION = ${fn(o.function)}`];
  if (o.left) opts.push(`LEFTARG = ${typeToSql(o.left)}`);
  opts.push(`RIGHTARG = ${typeToSql(o.right)}`);
  if (o.commutator) opts.push(`COMMUTATOR = ${operatorName(o.commutator.schema, o.commutator.name, true)}`);
  if (o.negator) opts.push(`NEGATOR = ${operatorName(o.negator.schema, o.negator.name, true)}`);
  if (o.restrict) opts.push(`RESTRICT = ${fn(o.restrict)}`);
  if (o.join) opts.push(`JOIN = ${fn(o.join)}`);
  if (o.hashes) opts.push('HASHES');
  if (o.merges) opts.push('MERGES');
  return [`CREATE OPERATOR ${operatorName(o.schema, o.name)} (\n  ${opts.join(',\n  ')}\n)`];
};

export const dropOperator = (c: ChangeOf<'drop_operator'>) => [`DROP OPERATOR ${operatorSignature(c.operator)}`];

export const alterOperator = (c: ChangeOf<'alter_operator'>) => [`ALTER OPERATOR ${operatorSignature(c.operator)} SET (${estimatorsSql(c.operator).join(', ')})`];

const familyName = (f: { schema: string; name: string; method: string }) => `${qualified(f.schema, f.name)} USING ${f.method}`;

export const createOperatorFamily = (c: ChangeOf<'create_operator_family'>) => [`CREATE OPERATOR FAMILY ${familyName(c.family)}`];
export const dropOperatorFamily = (c: ChangeOf<'drop_operator_family'>) => [`DROP OPERATOR FAMILY ${familyName(c.family)}`];

/** A member as CREATE OPERATOR CLASS and ALTER OPERATOR FAMILY … ADD write it, with its types spelled out. */
function memberSql(m: FamilyMember): string {
  const types = `${typeToSql(m.left)}, ${typeToSql(m.right)}`;
  if (m.kind === 'operator') {
    const order = m.orderFamily ? ` FOR ORDER BY ${qualified(m.orderFamily.schema, m.orderFamily.name)}` : '';
    return `OPERATOR ${m.number} ${operatorName(m.target.schema, m.target.name)}(${types})${order}`;
  }
  return `FUNCTION ${m.number} (${types}) ${fn(m.target)}(${m.args.map((t) => typeToSql(t)).join(', ')})`;
}

export const createOperatorClass = (c: ChangeOf<'create_operator_class'>) => {
  const k = c.opclass;
  const items = c.members.map(memberSql);
  // a class needs one item at least: its storage type, which is its input type unless stated
  items.push(`STORAGE ${typeToSql(k.storage ?? k.type)}`);
  return [
    `CREATE OPERATOR CLASS ${qualified(k.schema, k.name)}${k.isDefault ? ' DEFAULT' : ''} FOR TYPE ${typeToSql(k.type)} ` +
      `USING ${k.method} FAMILY ${qualified(k.family.schema, k.family.name)} AS\n  ${items.join(',\n  ')}`,
  ];
};

export const dropOperatorClass = (c: ChangeOf<'drop_operator_class'>) => [`DROP OPERATOR CLASS ${familyName(c.opclass)}`];

const family = (f: OperatorFamily) => familyName(f);

export const addFamilyMembers = (c: ChangeOf<'add_family_members'>) => [`ALTER OPERATOR FAMILY ${family(c.family)} ADD\n  ${c.members.map(memberSql).join(',\n  ')}`];

export const dropFamilyMembers = (c: ChangeOf<'drop_family_members'>) => [
  `ALTER OPERATOR FAMILY ${family(c.family)} DROP\n  ${c.members.map((m) => `${m.kind === 'operator' ? 'OPERATOR' : 'FUNCTION'} ${m.number} (${typeToSql(m.left)}, ${typeToSql(m.right)})`).join(',\n  ')}`,
];
