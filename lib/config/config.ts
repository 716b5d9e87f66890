/** The configuration type with every default applied. */
import type { RuleSeverity } from '../lint/types.js';

export interface Config {
  schemaDir: string;
  outDir: string;
  defaultSchema: string;
  versionTable: { schema: string; name: string };
  /** Targeted PostgreSQL version: 12–18 for generation; the linter also accepts 9.6 and 10–19. */
  pgVersion: number;
  safe: boolean;
  lockTimeout: string;
  statementTimeout: string;
  /** Generate ALTER … OWNER TO for owner differences; owners are ignored when false. */
  manageOwnership: boolean;
  /** Online mode: further connection attempts while the server starts (`--connect-retries`). */
  connectRetries: number;
  /** Online mode: delay before the first retry, doubled each time, e.g. '2s' (`--connect-retry-delay`). */
  connectRetryDelay: string;
  /** Online mode: how long a runner waits for another one's lock, e.g. '60s' (`--lock-wait`). */
  lockWait: string;
  /** Severity per rule id (`warn` is normalised to `warning`). */
  rules: Record<string, RuleSeverity>;
  assumeInTransaction: boolean;
  exclude: string[];
  tables: Record<string, { rows?: number }>;
  critical: string[];
  largeTableRows: number;
  /** Absolute URL of the lint rule documentation (SARIF helpUri / informationUri); `#<rule-id>` is appended. */
  docsUrl?: string;
  /** SQL file of the objects that exist before the chain's first revision (a runner's own tables, …). */
  baseline?: string;
  /** The role that runs the migrations (owner of what they create without OWNER TO); see Catalog.migrationRole. */
  migrationRole?: string;
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
    manageOwnership: false,
    connectRetries: 5,
    connectRetryDelay: '2s',
    lockWait: '60s',
    rules: {},
    assumeInTransaction: false,
    exclude: [],
    tables: {},
    critical: [],
    largeTableRows: 1_000_000,
  };
}
