/**
 * Change kinds of views, materialized views, functions, procedures, triggers and rules, and the renames
 * that `-- pgshift:renamed-from` hints produce. Part of the closed `Change` union (change.ts).
 */
import type { Expr, Func, Rule, Trigger, View } from '../catalog/model/catalog.js';

/** What ALTER … RENAME renames: a relation (by its kind, for the statement to use), a column, a constraint, a type. */
export type RenameTarget =
  | { kind: 'table' | 'view' | 'materialized view' | 'index' | 'sequence'; schema: string; name: string }
  | { kind: 'column'; relation: 'table' | 'view' | 'materialized view'; schema: string; table: string; name: string }
  | { kind: 'constraint'; schema: string; table: string; name: string }
  | { kind: 'type'; schema: string; name: string };

export type ViewChange =
  | { kind: 'create_view'; view: View }
  | { kind: 'drop_view'; view: View }
  /** CREATE OR REPLACE VIEW: same leading columns, possibly more at the end. */
  | { kind: 'replace_view'; view: View; from: View }
  /**
   * CREATE OR REPLACE VIEW breaking a cycle with a function (view-cycles.ts): the real query after a
   * placeholder (`early` unset), or the placeholder before the function and view are dropped (`early`).
   */
  | { kind: 'complete_view'; view: View; early?: boolean }
  /** ALTER VIEW … SET / RESET (security_barrier, security_invoker, check_option); ALTER MATERIALIZED VIEW … SET / RESET (storage options). */
  | { kind: 'alter_view_options'; view: View; from: View }
  /** ALTER VIEW … ALTER COLUMN … SET DEFAULT (the view's default for the column) / DROP DEFAULT (none). */
  | { kind: 'set_view_default'; view: View; column: string; default?: Expr }
  /** `uncheckedBody`: created before what its string body needs, a cycle (plan/graph.ts): check_function_bodies off. */
  | { kind: 'create_function'; func: Func; uncheckedBody?: boolean }
  | { kind: 'drop_function'; func: Func }
  /** CREATE OR REPLACE FUNCTION: same signature and result (`uncheckedBody` as for create_function). */
  | { kind: 'replace_function'; func: Func; from: Func; uncheckedBody?: boolean }
  | { kind: 'create_trigger'; trigger: Trigger }
  | { kind: 'drop_trigger'; trigger: Trigger }
  /** ALTER TABLE … ENABLE / DISABLE [REPLICA | ALWAYS] TRIGGER. */
  | { kind: 'set_trigger_state'; trigger: Trigger }
  | { kind: 'create_rule'; rule: Rule }
  | { kind: 'drop_rule'; rule: Rule }
  /** CREATE OR REPLACE RULE: same relation and event (PostgreSQL keeps the comment and the enabled state). */
  | { kind: 'replace_rule'; rule: Rule; from: Rule }
  /** ALTER TABLE … ENABLE / DISABLE [REPLICA | ALWAYS] RULE. */
  | { kind: 'set_rule_state'; rule: Rule }
  | { kind: 'rename'; target: RenameTarget; to: string };
