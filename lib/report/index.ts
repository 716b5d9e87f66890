/** Diagnostic formatters: one file per format, all from Diagnostic[] + the linted SourceFiles. */
import { formatGcc } from './gcc.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { Format, ReportInput } from './types.js';

export { FORMATS, type Format, type ReportInput } from './types.js';

const FORMATTERS: Record<Format, (input: ReportInput) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gcc: formatGcc,
  gitlab: formatGitlab,
};

export function formatReport(format: Format, input: ReportInput): string {
  return FORMATTERS[format](input);
}
