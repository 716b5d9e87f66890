/** libpg_query reports UTF-8 byte offsets; JS strings index UTF-16 code units. One mapper, cached per file. */
import type { SourceFile } from './file.js';

/** Maps UTF-8 byte offsets in `text` to string offsets (identity for pure ASCII text). */
export function byteToCharMapper(text: string): (byte: number) => number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return (b) => b;
  const buf = Buffer.from(text, 'utf8');
  const map = new Int32Array(buf.length + 1);
  let ci = 0;
  for (let bi = 0; bi < buf.length; ) {
    const b = buf[bi]!;
    const len = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    for (let k = 0; k < len; k++) map[bi + k] = ci;
    bi += len;
    ci += len === 4 ? 2 : 1;
  }
  map[buf.length] = ci;
  return (b) => map[Math.min(Math.max(b, 0), buf.length)]!;
}

const mappers = new WeakMap<SourceFile, (byte: number) => number>();

/** The string offset of a byte offset of `file` (the mapper is built once per file). */
export function charOffset(file: SourceFile, byte: number): number {
  let m = mappers.get(file);
  if (!m) {
    m = byteToCharMapper(file.text);
    mappers.set(file, m);
  }
  return m(byte);
}
