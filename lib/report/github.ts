/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`. */
import { filesByPath, positionOf, sorted, type ReportInput } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping for the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a property value (also `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(input: ReportInput): string {
  const byPath = filesByPath(input.files);
  const lines = sorted(input.diagnostics).map((d) => {
    const p = positionOf(d, byPath);
    const props: string[] = [];
    if (d.file) props.push(`file=${escapeProperty(d.file)}`);
    if (p) {
      props.push(`line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine}`);
      if (p.endLine === p.line) props.push(`endColumn=${p.endColumn}`);
    }
    props.push(`title=${escapeProperty(d.code)}`);
    const msg = d.help ? `${d.message}\n${d.help}` : d.message;
    return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(msg)}`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}
