/**
 * The linter's public API.
 *   runLint({ cwd, paths, chain?, config })  files/folders/globs/chains → diagnostics (what `pgshift lint` runs);
 *     `generate`: runLint({ cwd, paths: [newRevision.up.path], chain: config.outDir, config })
 *     `check`:    lintChainRevisions({ cwd, config, since? }) (api/lint-chain.ts) — every revision, or those changed since a git ref.
 *   lint(inputs, opts)                       parsed files → diagnostics, with a catalogue from replayForLint().
 */
export { lint, replayForLint, type LintInput, type LintOptions } from './engine.js';
export type { Rule, RuleContext, RuleSeverity, Finding } from './types.js';
export { allRules, ruleById } from '../../rules/index.js';
export { renderRulesDoc } from './docs.js';
