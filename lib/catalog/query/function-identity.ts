/** How a function is identified: its identity arguments, and the catalogue key `schema.name(type, type)`. */
import type { TypeRef } from '../model/catalog.js';
import type { Func, FunctionArg } from '../model/function.js';
import { typeToSql } from './types.js';

/** The argument types that identify a function: IN, INOUT and VARIADIC ones (procedures: OUT ones too). */
export function identityArgs(f: { kind: 'function' | 'procedure'; args: FunctionArg[] }): FunctionArg[] {
  return f.args.filter((a) => a.mode === 'in' || a.mode === 'inout' || a.mode === 'variadic' || (f.kind === 'procedure' && a.mode === 'out'));
}

/** The identity argument list as SQL type names, e.g. `integer, text[]`. */
export function identitySql(types: TypeRef[], quote?: (schema: string | undefined, name: string) => string): string {
  return types.map((t) => typeToSql({ ...t, mods: [] }, quote)).join(', ');
}

/** The catalogue key of a function: `schema.name(type, type)`. */
export function functionKey(schema: string, name: string, types: TypeRef[]): string {
  return `${schema}.${name}(${identitySql(types)})`;
}

export function funcKey(f: Func): string {
  return functionKey(f.schema, f.name, identityArgs(f).map((a) => a.type));
}
