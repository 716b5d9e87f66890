/**
 * Large files parsed on two threads. The text is cut at a top-level semicolon near its middle (the
 * same cheap scanner as lib/parse/chunks.ts: quotes, dollar quotes and comments respected); a worker
 * thread with its own WASM parser parses the second half while this thread parses the first, and the
 * two statement lists are joined with locations in bytes of the whole file, so diagnostics keep
 * their file:line:column. Any failure (a syntax error, a worker that cannot start) falls back to
 * parsing the file on this thread alone, which reports errors exactly as before.
 */
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../source/file.js';
import { packagePath } from '../source/package-root.js';
import { blankMetaCommands } from './psql-meta.js';
import { cutPoints, parsePieces } from './chunks.js';
import { initParser, parseFile, type ParsedFile, type RawParse } from './parse.js';
import type { PieceRequest } from './parse-worker.js';

/** Files smaller than this are parsed on this thread: starting a worker costs more than it saves. */
export const PARALLEL_MIN_CHARS = 1024 * 1024;

/** Files parsed on two threads so far in this process (for tests and benchmarks). */
export const parallelStats = { split: 0 };

/** Share of the text the worker takes: this thread also turns the statements into ParsedFiles. */
const WORKER_SHARE = 0.55;

/**
 * Opt-in (`PGSHIFT_PARALLEL_PARSE=1`): measured on this 2-core machine with a core idle, the worker's
 * start-up (its own WASM parser) and the copy of its half of the trees cost more than the parse it
 * takes over (`pgshift lint gitlab.sql`: 2.40 s wall with it, 2.15 s without, 3 runs each).
 */
function useWorker(text: string): boolean {
  return text.length >= PARALLEL_MIN_CHARS && process.env['PGSHIFT_PARALLEL_PARSE'] === '1';
}

/** The worker's half of `text`, or undefined when it could not parse it. */
function parseInWorker(req: PieceRequest): Promise<RawParse | undefined> {
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = new Worker(packagePath('dist', 'lib', 'parse', 'parse-worker.js'));
    } catch {
      resolve(undefined);
      return;
    }
    const done = (r: RawParse | undefined) => {
      resolve(r);
      void w.terminate();
    };
    w.once('message', (m: { ok?: RawParse }) => done(m.ok));
    w.once('error', () => done(undefined));
    w.once('exit', () => resolve(undefined)); // no-op when already resolved
    w.postMessage(req);
  });
}

async function parseSplit(file: SourceFile): Promise<ParsedFile> {
  const { text } = blankMetaCommands(file.text);
  const cuts = cutPoints(text); // the pieces parseLarge would parse, so the result is the same
  const target = text.length * (1 - WORKER_SHARE);
  const mid = cuts.reduce((best, c) => (Math.abs(c - target) < Math.abs(best - target) ? c : best), cuts[0] ?? 0);
  if (!mid) return parseFile(file);
  // the worker starts, then this thread parses its half meanwhile
  const second = parseInWorker({ text, cuts, from: mid, to: text.length, byteFrom: Buffer.byteLength(text.slice(0, mid), 'utf8') });
  let first: RawParse | undefined;
  try {
    first = parsePieces(text, cuts, { from: 0, to: mid, byteFrom: 0 });
  } catch {
    first = undefined;
  }
  const rest = await second;
  if (!first || !rest) return parseFile(file);
  parallelStats.split++;
  return parseFile(file, { version: first.version, stmts: [...(first.stmts ?? []), ...(rest.stmts ?? [])] } as RawParse);
}

/** parseFile for each file, large ones on two threads; the result is the same as parsing them one by one. */
export async function parseFiles(files: readonly SourceFile[]): Promise<ParsedFile[]> {
  await initParser();
  return Promise.all(files.map((f) => (useWorker(f.text) ? parseSplit(f) : parseFile(f))));
}
