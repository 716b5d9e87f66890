/**
 * The PostgreSQL parser and scanner: libpg-query's WebAssembly build of libpg_query, called through
 * the C functions its module exports (`wasm_parse_query_raw`, `wasm_scan` and their frees), the ones
 * libpg-query's own `parseSync` and `scanSync` call.
 *
 * Why not `parseSync` itself: its glue copies strings one byte at a time in JavaScript. The SQL goes
 * in through a JS UTF-8 encoder, and the JSON parse tree comes out through a JS scan for the closing
 * NUL and a TextDecoder. On GitLab's 2.75 MB structure.sql (12.8 MB of JSON) those three took about
 * 0.13 s of a 0.5 s parse. Here Node's native routines do the same work: Buffer#write into the WASM
 * memory, Uint8Array#indexOf for the NUL, and a Latin-1 copy when the JSON is ASCII (libpg_query
 * writes non-ASCII text as raw UTF-8, decoded as UTF-8 then).
 *
 * The results, and the error's message and cursor position, are the same as `parseSync`'s and
 * `scanSync`'s (test/parse/wasm-parser.test.ts compares them). Importing libpg-query's index itself
 * would instantiate a second copy of the WASM module (about 35 ms), so nothing else does.
 */
import { createRequire } from 'node:module';
import { isAscii } from 'node:buffer';
import type { ParseResult } from '@pgsql/types';
import type { ScanResult } from 'libpg-query';

/** The parts of the Emscripten module this file uses. */
interface PgQueryModule {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(ptr: number): void;
  _wasm_parse_query_raw(query: number): number;
  _wasm_free_parse_result(result: number): void;
  _wasm_scan(query: number): number;
  _wasm_free_string(ptr: number): void;
}

/** A syntax error: PostgreSQL's message and the 0-based byte offset of its cursor position. */
export class ParserError extends Error {
  constructor(
    message: string,
    readonly cursorPosition: number,
  ) {
    super(message);
    this.name = 'ParserError';
  }
}

let module: PgQueryModule | undefined;
let loading: Promise<void> | undefined;

/** Instantiate the WASM module once (about 50 ms); every parse needs it. */
export function loadParser(): Promise<void> {
  loading ??= (async () => {
    const factory = createRequire(import.meta.url)('libpg-query/wasm/libpg-query.js') as () => Promise<PgQueryModule>;
    module = await factory();
  })();
  return loading;
}

function loaded(): PgQueryModule {
  if (!module) throw new Error('the SQL parser is not loaded: call loadParser() first');
  return module;
}

/** Runs `call` on `sql` copied into the WASM memory as a C string, freed afterwards. */
function withCString<T>(m: PgQueryModule, sql: string, call: (ptr: number) => T): T {
  const length = Buffer.byteLength(sql, 'utf8');
  const ptr = m._malloc(length + 1);
  try {
    const heap = m.HEAPU8;
    Buffer.from(heap.buffer, heap.byteOffset + ptr, length).write(sql, 'utf8');
    heap[ptr + length] = 0;
    return call(ptr);
  } finally {
    m._free(ptr);
  }
}

/** Parse `sql` into libpg_query's tree (byte locations). Throws ParserError on a syntax error. */
export function parseSql(sql: string): ParseResult {
  const m = loaded();
  return withCString(m, sql, (query) => {
    const result = m._wasm_parse_query_raw(query);
    if (!result) throw new Error('the SQL parser could not allocate memory');
    try {
      const heap = m.HEAPU8; // the call may have grown (and so replaced) the memory
      const words = new Int32Array(heap.buffer, heap.byteOffset);
      // struct PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
      const tree = words[result >> 2]!;
      const error = words[(result + 8) >> 2]!;
      if (error) {
        // struct PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; }
        const cursor = words[(error + 16) >> 2]!;
        throw new ParserError(text(heap, words[error >> 2]!) || 'syntax error', cursor > 0 ? cursor - 1 : 0);
      }
      if (!tree) throw new Error('the SQL parser returned no parse tree');
      return JSON.parse(text(heap, tree)) as ParseResult;
    } finally {
      m._wasm_free_parse_result(result);
    }
  });
}

/** PostgreSQL's scanner: the tokens of `sql` with byte offsets. Throws on text it cannot scan. */
export function scanSql(sql: string): ScanResult {
  const m = loaded();
  return withCString(m, sql, (query) => {
    const result = m._wasm_scan(query);
    try {
      const json = text(m.HEAPU8, result);
      if (json.startsWith('syntax error') || json.startsWith('deparse error') || json.startsWith('ERROR')) throw new Error(json);
      return JSON.parse(json) as ScanResult;
    } finally {
      if (result) m._wasm_free_string(result);
    }
  });
}
/** The NUL-terminated string at `ptr`. */
function text(heap: Uint8Array, ptr: number): string {
  if (!ptr) return '';
  const bytes = Buffer.from(heap.buffer, heap.byteOffset + ptr, heap.indexOf(0, ptr) - ptr);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}
