/** Project settings for a command: the config file (validated) merged with command-line options. */
import type { Diagnostic } from '../source/diagnostic.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/config.js';
import { projectSettings, type ProjectSettings } from '../config/project.js';

export interface CommonArgs {
  cwd?: string;
  config?: string;
}

export function settingsFor(args: CommonArgs): { settings: ProjectSettings; config: Config; diagnostics: Diagnostic[] } {
  const cwd = args.cwd ?? process.cwd();
  const { config, diagnostics } = loadConfig(cwd, args.config);
  return { settings: projectSettings(cwd, config), config, diagnostics };
}
