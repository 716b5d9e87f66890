/** The configuration type with every default applied. */
import type { RuleSeverity } from '../lint/types.js';

export interface Config {
  schemaDir: string;
  outDir: string;
  defaultSchema: string;
  versionTable: { schema: string; name: string };
  pgVersion: number;
  safe: boolean;
  lockTimeout: string;
  statementTimeout: string;
  /** Severity per rule id (`warn` is normalised to `warning`). */
  rules: Record<string, RuleSeverity>;
  assumeInTransaction: boolean;
  exclude: string[];
  tables: Record<string, { rows?: number }>;
  critical: string[];
  largeTableRows: number;
  /** The file the configuration came from, if any. */
  path?: string;
}

export const CONFIG_FILE = 'pgshift.config.json';

export function defaultConfig(): Config {
  return {
    schemaDir: 'schema',
    outDir: 'out',
    defaultSchema: 'public',
    versionTable: { schema: 'public', name: 'pgshift_revisions' },
    pgVersion: 15,
    safe: true,
    lockTimeout: '5s',
    statementTimeout: '15min',
    rules: {},
    assumeInTransaction: false,
    exclude: [],
    tables: {},
    critical: [],
    largeTableRows: 1_000_000,
  };
}
