/**
 * Options shared by the online commands: where the database is (`--url`, else DATABASE_URL,
 * else the embedded database), connection retries, session timeouts and the lock wait; the
 * config file gives the defaults. Also how their results are printed and turned into exit codes.
 */
import type { Argv } from 'yargs';
import { type Diagnostic, hasErrors } from '../source/diagnostic.js';
import type { ProjectSettings } from '../config/project.js';
import type { Config } from '../config/config.js';
import type { ConnectionOptions } from '../online/session.js';
import type { OnlineResult } from '../online/migrate.js';
import { redactUrl } from '../db/url.js';
import { EXIT, printDiagnostics } from './output.js';
import { type CommonArgs, settingsFor } from './settings.js';

export interface DbArgs extends CommonArgs {
  url?: string;
  connectRetries?: number;
  connectRetryDelay?: string;
  lockTimeout?: string;
  statementTimeout?: string;
  lockWait?: string;
  quiet?: boolean;
}

export function dbOptions<T>(y: Argv<T>): Argv<T & DbArgs> {
  return y
    .option('url', { type: 'string', describe: 'database URL (postgres://, key=value, postgresql+asyncpg://…, pglite:PATH, pglite:memory:); default DATABASE_URL, else the embedded database in .pgshift/dev' })
    .option('connect-retries', { type: 'number', describe: 'further connection attempts while the server is starting (default 5)' })
    .option('connect-retry-delay', { type: 'string', describe: 'delay before the first retry, doubled each time (default 2s)' })
    .option('lock-timeout', { type: 'string', describe: 'lock_timeout of the migration session (default from config: 5s)' })
    .option('statement-timeout', { type: 'string', describe: 'statement_timeout of the migration session (default from config: 15min)' })
    .option('lock-wait', { type: 'string', describe: 'how long to wait for another runner (default 60s)' })
    .option('quiet', { type: 'boolean', describe: 'print errors only' }) as Argv<T & DbArgs>;
}

/** '2s', '500ms', '1min', '1h', or a bare number of seconds, in ms; undefined when unreadable. */
export function durationMs(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\s*$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  return Math.round(unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'min' ? n * 60_000 : n * 3_600_000);
}

/** Connection options from the flags, the environment and the config; `bad` lists unreadable values. */
export function connectionOptions(args: DbArgs, config: Config, log?: (line: string) => void): { opts: ConnectionOptions; bad: Diagnostic[] } {
  const bad: Diagnostic[] = [];
  const dur = (flag: string, value: string) => {
    const ms = durationMs(value);
    if (ms === undefined) bad.push({ code: 'bad-option', severity: 'error', message: `--${flag} ${value}: expected a duration such as 500ms, 2s or 1min` });
    return ms;
  };
  const opts: ConnectionOptions = {
    url: args.url ?? process.env['DATABASE_URL'],
    connectRetries: args.connectRetries ?? config.connectRetries,
    connectRetryDelayMs: dur('connect-retry-delay', args.connectRetryDelay ?? config.connectRetryDelay),
    lockTimeout: args.lockTimeout ?? config.lockTimeout,
    statementTimeout: args.statementTimeout ?? config.statementTimeout,
    lockWaitMs: dur('lock-wait', args.lockWait ?? config.lockWait),
    log: args.quiet ? undefined : log ?? ((line) => process.stderr.write(`${redactUrl(line)}\n`)),
  };
  if (opts.connectRetries !== undefined && (!Number.isInteger(opts.connectRetries) || opts.connectRetries < 0)) {
    bad.push({ code: 'bad-option', severity: 'error', message: `--connect-retries ${String(args.connectRetries)}: expected a whole number ≥ 0` });
  }
  return { opts, bad };
}

/** Prints the result's diagnostics and sets the exit code: 2 for input errors, 1 for database failures. */
export function finish(r: Pick<OnlineResult, 'diagnostics' | 'failure'>): boolean {
  printDiagnostics(r.diagnostics);
  if (r.failure) process.exitCode = r.failure === 'input' ? EXIT.input : EXIT.findings;
  return !r.failure;
}

/** Project settings and connection options for an online command; undefined (exit 2 set) on bad config or flags. */
export function onlineContext(args: DbArgs, log?: (line: string) => void): { settings: ProjectSettings; opts: ConnectionOptions } | undefined {
  const { settings, config, diagnostics } = settingsFor(args);
  const { opts, bad } = connectionOptions(args, config, log);
  const problems = [...diagnostics, ...bad];
  printDiagnostics(problems);
  if (hasErrors(problems)) {
    process.exitCode = EXIT.input;
    return undefined;
  }
  return { settings, opts };
}
