/**
 * The other thread of a parallel parse (lib/parse/parallel.ts): loads its own copy of the WASM
 * parser and parses the pieces of a text it is sent, with locations in bytes of the whole text.
 */
import { parentPort } from 'node:worker_threads';
import { parsePieces } from './chunks.js';
import { loadParser } from './wasm-parser.js';

export interface PieceRequest {
  text: string;
  cuts: number[];
  from: number;
  to: number;
  byteFrom: number;
}

await loadParser();
parentPort!.on('message', (m: PieceRequest) => {
  try {
    parentPort!.postMessage({ ok: parsePieces(m.text, m.cuts, { from: m.from, to: m.to, byteFrom: m.byteFrom }) });
  } catch {
    parentPort!.postMessage({ ok: undefined }); // a syntax error: the caller parses the file alone, for the exact diagnostic
  }
});
