/** What every statement handler receives: the catalogue to mutate, where the statement is, and how to report. */
import type { Diagnostic } from '../../source/diagnostic.js';
import type { Statement } from '../../parse/parse.js';
import type { Catalog, Origin } from '../model/catalog.js';
import { truncateIdent } from '../query/names.js';

export type ApplyMode = 'bind' | 'replay';

export interface ApplyContext {
  cat: Catalog;
  stmt: Statement;
  mode: ApplyMode;
  diags: Diagnostic[];
  /** The PostgreSQL major version whose behaviour is modelled where versions differ (default 15). */
  pgVersion: number;
}

/** The PostgreSQL major version modelled when none is given (pgshift's default target). */
export const DEFAULT_PG_VERSION = 15;

export function origin(ctx: ApplyContext): Origin {
  return { file: ctx.stmt.file.path, span: ctx.stmt.span };
}

/** Is `a` written after `b`? (bind reads files in path order.) */
export function writtenAfter(a: Origin, b: Origin): boolean {
  return a.file === b.file ? a.span.start > b.span.start : a.file > b.file;
}

/** Report a user error at the statement (e.g. a table that does not exist). */
export function fail(ctx: ApplyContext, code: string, message: string, help?: string): void {
  ctx.diags.push({ code, severity: 'error', message, file: ctx.stmt.file.path, span: ctx.stmt.span, help });
}

/**
 * Report a second definition of an object, naming where the first one is (`related`), so a schema
 * that defines a table twice points at both places.
 */
export function failDuplicate(ctx: ApplyContext, message: string, first: Origin | undefined, help?: string): void {
  ctx.diags.push({
    code: 'duplicate-object', severity: 'error', message, file: ctx.stmt.file.path, span: ctx.stmt.span, help,
    related: first ? [{ message: 'first defined here', file: first.file, span: first.span }] : undefined,
  });
}

/** The schema an unqualified new object goes to. */
export function creationSchema(ctx: ApplyContext, schema: string | undefined): string {
  return schema ? truncateIdent(schema) : ctx.cat.searchPath[0] ?? 'public';
}
