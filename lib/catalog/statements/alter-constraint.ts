/**
 * ALTER TABLE … ALTER CONSTRAINT name <attributes>, as PostgreSQL applies it.
 *
 * The PostgreSQL 18 grammar (libpg-query 18) gives an `ATAlterConstraint` node that says which
 * attribute groups the statement changes:
 * - deferrability (`DEFERRABLE`, `NOT DEFERRABLE`, `INITIALLY DEFERRED`, `INITIALLY IMMEDIATE`):
 *   foreign keys only. The unnamed attributes take their defaults, as in PostgreSQL 15 and 18:
 *   `INITIALLY DEFERRED` alone makes the key DEFERRABLE INITIALLY DEFERRED, `INITIALLY IMMEDIATE`
 *   alone makes it NOT DEFERRABLE, `DEFERRABLE` alone makes it DEFERRABLE INITIALLY IMMEDIATE;
 * - enforceability (`ENFORCED`, `NOT ENFORCED`, PostgreSQL 18, foreign keys only): a key made NOT
 *   ENFORCED is no longer valid; ENFORCED checks the rows again and makes it valid;
 * - inheritability (`INHERIT`, `NO INHERIT`, PostgreSQL 18): NOT NULL constraints only, which the
 *   catalogue keeps as a column flag, not by name.
 * PostgreSQL 15 rejects ENFORCED / NOT ENFORCED with a syntax error and NO INHERIT with "FOREIGN
 * KEY constraints cannot be marked NO INHERIT"; `--pg-version 15` reports NOT ENFORCED constraints
 * (lib/plan/version.ts).
 */
import type { AlterTableCmd } from '@pgsql/types';
import type { Table } from '../model/catalog.js';
import { type ApplyContext, fail } from './context.js';

/** The attribute groups of one ALTER CONSTRAINT; older trees carried a plain Constraint node. */
interface AlterConstraintDef {
  conname?: string;
  alterDeferrability?: boolean;
  deferrable?: boolean;
  initdeferred?: boolean;
  alterEnforceability?: boolean;
  is_enforced?: boolean;
  alterInheritability?: boolean;
  noinherit?: boolean;
}

function definition(cmd: AlterTableCmd): AlterConstraintDef {
  const d = cmd.def as { ATAlterConstraint?: AlterConstraintDef; Constraint?: AlterConstraintDef } | undefined;
  if (d?.ATAlterConstraint) return d.ATAlterConstraint;
  // a Constraint node (PostgreSQL ≤ 17 trees): only deferrability can change
  return { ...(d?.Constraint ?? {}), alterDeferrability: true };
}

export function alterConstraint(ctx: ApplyContext, table: Table, cmd: AlterTableCmd): void {
  const def = definition(cmd);
  const name = def.conname ?? cmd.name ?? '';
  const c = table.constraints.get(name);
  if (!c) {
    // PostgreSQL 18 names NOT NULL constraints (`t_col_not_null`); the catalogue keeps NOT NULL as a column flag
    if (def.alterInheritability && !def.alterDeferrability && !def.alterEnforceability) {
      ctx.diags.push({
        code: 'unmodelled-statement',
        severity: 'warning',
        message: `ALTER CONSTRAINT ${name} ${def.noinherit ? 'NO INHERIT' : 'INHERIT'}: NOT NULL constraints are not modelled by name; their inheritability is not tracked`,
        file: ctx.stmt.file.path,
        span: ctx.stmt.span,
      });
      return;
    }
    return fail(ctx, 'missing-object', `constraint "${name}" of relation "${table.name}" does not exist`);
  }
  if ((def.alterDeferrability || def.alterEnforceability) && c.kind !== 'foreign') {
    return fail(ctx, 'invalid-definition', `constraint "${name}" of relation "${table.name}" is not a foreign key constraint`);
  }
  if (def.alterInheritability) {
    return fail(ctx, 'invalid-definition', `constraint "${name}" of relation "${table.name}" is not a not-null constraint`, 'PostgreSQL 15 rejects NO INHERIT here too ("FOREIGN KEY constraints cannot be marked NO INHERIT").');
  }
  if (def.alterDeferrability) {
    c.deferrable = !!def.deferrable || !!def.initdeferred;
    c.initiallyDeferred = !!def.initdeferred;
  }
  if (def.alterEnforceability) {
    if (!def.is_enforced) {
      c.enforced = false;
      c.notValid = true;
    } else if (c.enforced === false) {
      delete c.enforced;
      c.notValid = false; // ENFORCED validates the existing rows
    }
  }
}
