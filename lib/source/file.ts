import { readFileSync } from 'node:fs';
import type { Span } from './diagnostic.js';

/** A source file: its path as the user gave it and its text. Line/column are computed only when printing. */
export interface SourceFile {
  path: string;
  text: string;
}

export function readSource(path: string): SourceFile {
  return { path, text: readFileSync(path, 'utf8') };
}

const lineStartsCache = new WeakMap<SourceFile, number[]>();

function lineStarts(file: SourceFile): number[] {
  let starts = lineStartsCache.get(file);
  if (!starts) {
    starts = [0];
    const t = file.text;
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 10) starts.push(i + 1);
    lineStartsCache.set(file, starts);
  }
  return starts;
}

/** 1-based line and column of an offset (binary search over cached line starts). */
export function lineCol(file: SourceFile, offset: number): { line: number; column: number } {
  const starts = lineStarts(file);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function lineText(file: SourceFile, line: number): string {
  const starts = lineStarts(file);
  const s = starts[line - 1] ?? 0;
  const e = starts[line] ?? file.text.length;
  return file.text.slice(s, e).replace(/\r?\n$/, '');
}

export function spanText(file: SourceFile, span: Span): string {
  return file.text.slice(span.start, span.end);
}
