/**
 * Column storage and compression: ALTER TABLE … ALTER COLUMN c SET STORAGE PLAIN | EXTERNAL | EXTENDED | MAIN
 * (PostgreSQL 16+ also `c text STORAGE x` in CREATE TABLE) and SET COMPRESSION pglz | lz4 | default
 * (`c text COMPRESSION x` in CREATE TABLE, PostgreSQL 14+). Seen on PostgreSQL 15 and 18: a storage equal to the
 * type's typstorage is the default (kept absent); a fixed-length (PLAIN) type takes neither; ALTER COLUMN … TYPE
 * resets both; SET STORAGE without ONLY reaches partitions and inheriting tables, SET COMPRESSION never
 * does; a child created from a parent copies both (inheritance.ts cloneColumn), ATTACH / INHERIT change nothing.
 */
import type { AlterTableCmd, ColumnDef } from '@pgsql/types';
import type { Column, ColumnStorage, Table } from '../model/catalog.js';
import { type ApplyContext, fail, origin, writtenAfter } from './context.js';
import { childrenOf } from '../query/children.js';
import { truncateIdent } from '../query/names.js';
import { typeStorage } from '../query/type-storage.js';
import { typeToSql } from '../query/types.js';

const STORAGES = new Set<string>(['plain', 'external', 'extended', 'main']);
const METHODS = new Set(['pglz', 'lz4']);

function setStorage(ctx: ApplyContext, column: Column, written: string): void {
  const s = written.toLowerCase();
  if (s === 'default') {
    delete column.storage;
    return;
  }
  if (!STORAGES.has(s)) return fail(ctx, 'invalid-definition', `invalid storage type "${written}"`);
  const dflt = typeStorage(ctx.cat, column.type);
  if (dflt === 'plain' && s !== 'plain') return fail(ctx, 'invalid-definition', `column data type ${typeToSql(column.type)} can only have storage PLAIN`);
  if (s === dflt) delete column.storage;
  else column.storage = s as ColumnStorage;
}

function setCompression(ctx: ApplyContext, column: Column, written: string): void {
  const m = written.toLowerCase();
  if (m === 'default') {
    delete column.compression;
    return;
  }
  if (!METHODS.has(m)) return fail(ctx, 'invalid-definition', `invalid compression method "${written}"`);
  if (typeStorage(ctx.cat, column.type) === 'plain') return fail(ctx, 'invalid-definition', `column data type ${typeToSql(column.type)} does not support compression`);
  column.compression = m;
}

/** The COMPRESSION and STORAGE options of a column definition. */
export function columnStorageFromDef(ctx: ApplyContext, column: Column, def: ColumnDef): void {
  if (def.compression) setCompression(ctx, column, def.compression);
  if (def.storage_name) setStorage(ctx, column, def.storage_name);
}

/** ALTER COLUMN … SET STORAGE / SET COMPRESSION; true when the subcommand was one of them. */
export function columnStorageCmd(ctx: ApplyContext, table: Table, cmd: AlterTableCmd): boolean {
  if (cmd.subtype !== 'AT_SetStorage' && cmd.subtype !== 'AT_SetCompression') return false;
  const column = table.columns.get(truncateIdent(cmd.name ?? ''));
  const value = (cmd.def as { String?: { sval?: string } } | undefined)?.String?.sval ?? '';
  if (!column) {
    fail(ctx, 'missing-object', `column "${cmd.name}" of relation ${table.schema}.${table.name} does not exist`);
    return true;
  }
  if (cmd.subtype === 'AT_SetStorage') setStorage(ctx, column, value);
  else setCompression(ctx, column, value);
  return true;
}

/** What ALTER COLUMN … TYPE does to them: back to the new type's defaults. */
export function resetColumnStorage(column: Column): void {
  delete column.storage;
  delete column.compression;
}

/**
 * Bind applies CREATE TABLE before ALTER TABLE, but PostgreSQL copies a parent's storage and compression into a
 * child when the child is created: a child written after the statement (and its own later children) takes
 * what the statement set where PostgreSQL would not carry it there itself (SET COMPRESSION, SET STORAGE with
 * ONLY). Only columns the child did not declare itself (PARTITION OF, INHERITS without a local definition).
 */
export function storageToLaterChildren(ctx: ApplyContext, table: Table, cmd: AlterTableCmd, inh: boolean): void {
  if (ctx.mode !== 'bind' || (cmd.subtype !== 'AT_SetCompression' && (cmd.subtype !== 'AT_SetStorage' || inh))) return;
  const name = truncateIdent(cmd.name ?? '');
  const at = origin(ctx);
  const attr = cmd.subtype === 'AT_SetStorage' ? 'storage' : 'compression';
  const walk = (parent: Table) => {
    const p = parent.columns.get(name);
    if (!p) return;
    for (const child of childrenOf(ctx.cat, parent)) {
      const c = child.columns.get(name);
      if (!c?.inherited || c.inherited.local || !child.origin || !writtenAfter(child.origin, at)) continue;
      if (attr === 'storage') {
        if (p.storage === undefined) delete c.storage;
        else c.storage = p.storage;
      } else if (p.compression === undefined) delete c.compression;
      else c.compression = p.compression;
      walk(child);
    }
  };
  walk(table);
}
