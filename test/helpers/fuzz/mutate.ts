/**
 * Seeded mutations of SQL text for the fuzzer (bench/fuzz.ts): structural (truncation, token
 * deletion / duplication / swap, splicing in tokens and lines), byte-level (random bytes, NUL,
 * invalid UTF-8, a BOM, CRLF line ends) and pathological (10 MB lines, deep parentheses,
 * unterminated quotes, dollar quotes and comments, huge identifiers). Everything is a pure
 * function of the seed, so a failure is reproduced from `(seed, input index)` alone.
 */

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rand {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

export function rand(seed: number): Rand {
  const r = rng(seed);
  return {
    next: r,
    int: (n) => Math.floor(r() * n),
    pick: (xs) => xs[Math.floor(r() * xs.length)]!,
    chance: (p) => r() < p,
  };
}

/** Tokens as the fuzzer sees them: words, quoted strings, numbers, runs of punctuation, whitespace. */
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\$[A-Za-z_]*\$|[A-Za-z_][A-Za-z0-9_$]*|\d+(?:\.\d+)?|--[^\n]*|\/\*|\*\/|\s+|./gs;

export function tokens(text: string): string[] {
  try {
    return text.match(TOKEN) ?? [];
  } catch {
    // a stacked 10 MB mutation overflows the regular expression's backtracking stack: words and spaces will do
    return text.split(/(\s)/);
  }
}

/** SQL fragments worth splicing in: keywords, punctuation and clauses that change what a statement means. */
const FRAGMENTS = [
  'CREATE', 'TABLE', 'ALTER', 'DROP', 'INDEX', 'CONCURRENTLY', 'UNIQUE', 'PRIMARY KEY', 'REFERENCES', 'CHECK', 'DEFAULT',
  'NOT NULL', 'NULL', 'CONSTRAINT', 'ON', 'USING', 'WHERE', 'AS', 'VIEW', 'FUNCTION', 'TRIGGER', 'TYPE', 'ENUM', 'SCHEMA',
  'SEQUENCE', 'GRANT', 'COMMENT ON', 'IS', 'PARTITION BY', 'INHERITS', 'GENERATED ALWAYS AS IDENTITY', 'RENAME TO', 'IF NOT EXISTS',
  'IF EXISTS', 'CASCADE', 'COLUMN', 'ADD', 'SET', 'int', 'text', 'jsonb', 'bigint', 'timestamptz', 'public', '"Quoted ""id"""',
  ';', ',', '(', ')', '.', '::', "''", '$$', '$x$', '/*', '*/', '--', '\n', 'BEGIN;', 'COMMIT;', '\\connect x', '\\i other.sql',
  '-- pgshift:renamed-from x\n', '-- pgshift-ignore: ban-drop-table -- why\n', '-- pgshift:outside-transaction\n', '-- pgshift:commit\n',
  'E\'\\\\x\'', 'U&"\\0061"', '1e999999', '-9223372036854775809', "'NaN'::float8", 'ARRAY[', ']', '[1:2]', 'ROW(', 'COLLATE "C"',
];

const MUTATORS = [
  'truncate', 'delete-token', 'duplicate-token', 'swap-tokens', 'splice-fragment', 'splice-line', 'random-bytes', 'nul',
  'invalid-utf8', 'bom', 'crlf', 'huge-line', 'deep-parens', 'unterminated', 'huge-identifier', 'unicode',
] as const;
export type MutatorName = (typeof MUTATORS)[number];

export interface Mutation {
  bytes: Buffer;
  /** What was done, for the report and the regression fixture. */
  steps: MutatorName[];
}

/** Weights: cheap structural mutations most of the time, 10 MB lines rarely (they cost seconds). */
const WEIGHTS: Record<MutatorName, number> = {
  truncate: 8, 'delete-token': 14, 'duplicate-token': 10, 'swap-tokens': 10, 'splice-fragment': 16, 'splice-line': 8,
  'random-bytes': 6, nul: 3, 'invalid-utf8': 4, bom: 2, crlf: 3, 'huge-line': 0.25, 'deep-parens': 2, unterminated: 5,
  'huge-identifier': 2, unicode: 3,
};

function pickMutator(r: Rand, allowHuge: boolean): MutatorName {
  const names = MUTATORS.filter((m) => allowHuge || m !== 'huge-line');
  let total = 0;
  for (const n of names) total += WEIGHTS[n];
  let x = r.next() * total;
  for (const n of names) {
    x -= WEIGHTS[n];
    if (x <= 0) return n;
  }
  return names[names.length - 1]!;
}

function at(r: Rand, s: string): number {
  return r.int(s.length + 1);
}

function insert(s: string, i: number, piece: string): string {
  return s.slice(0, i) + piece + s.slice(i);
}

function tokenOp(r: Rand, text: string, op: (ts: string[], i: number, j: number) => void): string {
  const ts = tokens(text);
  if (ts.length === 0) return text;
  op(ts, r.int(ts.length), r.int(ts.length));
  return ts.join('');
}

/** One mutation of a text (string-level) or of its bytes (byte-level). */
function applyOne(r: Rand, name: MutatorName, buf: Buffer, others: readonly string[]): Buffer {
  const text = buf.toString('utf8');
  const str = (s: string) => Buffer.from(s, 'utf8');
  switch (name) {
    case 'truncate':
      return buf.subarray(0, r.int(buf.length + 1));
    case 'delete-token':
      return str(tokenOp(r, text, (ts, i) => ts.splice(i, 1 + (r.chance(0.2) ? r.int(5) : 0))));
    case 'duplicate-token':
      return str(tokenOp(r, text, (ts, i) => ts.splice(i, 0, ts[i]!)));
    case 'swap-tokens':
      return str(tokenOp(r, text, (ts, i, j) => ([ts[i], ts[j]] = [ts[j]!, ts[i]!])));
    case 'splice-fragment':
      return str(tokenOp(r, text, (ts, i) => ts.splice(i, r.chance(0.3) ? 1 : 0, r.chance(0.5) ? ` ${r.pick(FRAGMENTS)} ` : r.pick(FRAGMENTS))));
    case 'splice-line': {
      const donor = r.pick(others.length ? others : [text]).split('\n');
      const lines = text.split('\n');
      const n = 1 + r.int(4);
      const from = r.int(donor.length);
      lines.splice(r.int(lines.length + 1), 0, ...donor.slice(from, from + n));
      return str(lines.join('\n'));
    }
    case 'random-bytes': {
      const i = r.int(buf.length + 1);
      const junk = Buffer.from(Array.from({ length: 1 + r.int(8) }, () => r.int(256)));
      return Buffer.concat([buf.subarray(0, i), junk, buf.subarray(i)]);
    }
    case 'nul': {
      const i = r.int(buf.length + 1);
      return Buffer.concat([buf.subarray(0, i), Buffer.from([0]), buf.subarray(i)]);
    }
    case 'invalid-utf8': {
      const i = r.int(buf.length + 1);
      const bad = r.pick([[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf], [0x80]]);
      return Buffer.concat([buf.subarray(0, i), Buffer.from(bad), buf.subarray(i)]);
    }
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
    case 'crlf':
      return str(r.chance(0.7) ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\n/g, '\r'));
    case 'huge-line': {
      const size = 10 * 1024 * 1024;
      const piece = r.pick([
        () => `-- ${'x'.repeat(size)}\n`,
        () => `SELECT '${'y'.repeat(size)}';\n`,
        () => `COMMENT ON SCHEMA public IS '${'z'.repeat(size)}';\n`,
        () => `${'a'.repeat(size)}`,
        () => `CREATE TABLE t (${Array.from({ length: size / 16 }, (_, k) => `c${k} int`).join(', ')});`,
      ])();
      return str(insert(text, at(r, text), piece));
    }
    case 'deep-parens': {
      const depth = r.pick([100, 1000, 5000, 20000, 100000]);
      const expr = r.pick([
        () => `${'('.repeat(depth)}1${')'.repeat(depth)}`,
        () => `${'('.repeat(depth)}`,
        () => `${'ARRAY['.repeat(depth)}1${']'.repeat(depth)}`,
        () => `${'-'.repeat(depth)}1`,
        () => `${'NOT '.repeat(depth)}true`,
        () => Array.from({ length: depth }, () => '1').join(' + '),
      ])();
      const wrap = r.pick([
        (e: string) => `CREATE TABLE deep (a int DEFAULT ${e});\n`,
        (e: string) => `CREATE TABLE deep (a int CHECK (${e} > 0));\n`,
        (e: string) => `CREATE VIEW deep AS SELECT ${e} AS x;\n`,
        (e: string) => e,
      ]);
      return str(insert(text, at(r, text), wrap(expr)));
    }
    case 'unterminated':
      return str(insert(text, at(r, text), r.pick(["'", '"', '$$', '$tag$', '/*', 'E\'\\', 'U&\'', '/* /* */', "$$ '", 'B\'', '--\\'])));
    case 'huge-identifier': {
      const n = r.pick([63, 64, 200, 10_000, 100_000]);
      const id = r.pick([() => 'i'.repeat(n), () => `"${'Q'.repeat(n)}"`, () => `"${'é'.repeat(n)}"`, () => `"${'"'.repeat(2 * n)}"`])();
      return str(tokenOp(r, text, (ts, i) => {
        const word = ts.findIndex((t, k) => k >= i && /^[A-Za-z_]/.test(t));
        ts.splice(word >= 0 ? word : i, 1, id);
      }));
    }
    case 'unicode':
      return str(insert(text, at(r, text), r.pick(['é', '\u0301', '😀', '\u200b', '\u2028', '\u202e', '\ufffe', '"😀"', '"a\u0000b"', '\ud800', 'ǅ', 'İ'])));
  }
}

/** 1 to 4 stacked mutations of `seed`, drawn from `r`. */
export function mutate(r: Rand, seed: string, others: readonly string[], opts: { allowHuge?: boolean } = {}): Mutation {
  let buf: Buffer = Buffer.from(seed, 'utf8');
  const steps: MutatorName[] = [];
  const n = 1 + (r.chance(0.5) ? 0 : r.int(4));
  for (let k = 0; k < n; k++) {
    const name = pickMutator(r, opts.allowHuge !== false && !steps.includes('huge-line'));
    buf = applyOne(r, name, buf, others);
    steps.push(name);
  }
  return { bytes: buf, steps };
}
