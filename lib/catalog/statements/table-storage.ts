/**
 * A table's storage parameters: CREATE TABLE … WITH (…) and ALTER TABLE … SET (…) / RESET (…).
 * Kept as PostgreSQL stores them (`fillfactor=50`, names lower case), sorted.
 */
import type { AlterTableCmd, Node } from '@pgsql/types';
import type { Table } from '../model/catalog.js';
import { listItems } from '../../parse/ast.js';
import { storageParameters } from './index-options.js';

const nameOf = (p: string) => p.slice(0, p.indexOf('='));

/** The parameters of CREATE TABLE … WITH (…) (WITH OIDS = false, a no-op, is left out). */
export function createTableStorage(table: Table, options: readonly Node[] | undefined): void {
  const params = (storageParameters(options) ?? []).filter((p) => nameOf(p) !== 'oids');
  if (params.length) table.storage = params.sort();
}

/** ALTER TABLE … SET (…) / RESET (…); true when the subcommand was one of them. */
export function tableStorageCmd(table: Table, cmd: AlterTableCmd): boolean {
  const sub = cmd.subtype;
  if (sub !== 'AT_SetRelOptions' && sub !== 'AT_ResetRelOptions' && sub !== 'AT_ReplaceRelOptions') return false;
  const params = storageParameters(cmd.def ? listItems(cmd.def) : []) ?? [];
  const names = new Set(params.map(nameOf));
  const kept = sub === 'AT_ReplaceRelOptions' ? [] : (table.storage ?? []).filter((p) => !names.has(nameOf(p)));
  const next = sub === 'AT_ResetRelOptions' ? kept : [...kept, ...params];
  if (next.length) table.storage = next.sort();
  else delete table.storage;
  return true;
}
