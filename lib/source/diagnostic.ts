/** The one diagnostic type: parse errors, bind errors, hazards and lint findings alike. */
export type Severity = 'error' | 'warning' | 'info';

/** A half-open byte range [start, end) in a source file's text (UTF-16 offsets of the JS string). */
export interface Span {
  start: number;
  end: number;
}

export interface Diagnostic {
  /** Stable code: a lint rule id, or an engine code such as `syntax-error`, `duplicate-object`. */
  code: string;
  severity: Severity;
  message: string;
  /** Path of the file as given by the user, or undefined when not tied to a file. */
  file?: string;
  span?: Span;
  /** The safe alternative / how to fix. */
  help?: string;
  related?: { message: string; file?: string; span?: Span }[];
}

export function diag(d: Diagnostic): Diagnostic {
  return d;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Thrown only to abort a command on user error after diagnostics were collected. */
export class UserError extends Error {
  constructor(public readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}
