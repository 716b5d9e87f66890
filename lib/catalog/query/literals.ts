/**
 * Typed literals as PostgreSQL prints them back: a constant cast of a string literal is folded into
 * a constant when the expression is stored, and pg_get_expr / pg_dump print that constant's output
 * text, not what was written (`'1e3'::float8` → `'1000'::double precision`, `'{1, 2}'::int[]` →
 * `'{1,2}'::integer[]`, `'{"b":1,"a":2}'::jsonb` → `'{"a": 2, "b": 1}'::jsonb`). `canonicalLiteral`
 * gives that output text for the types it knows, or undefined to keep the literal as written.
 * (Integers, booleans, numerics and strings are handled in expr-constants.ts; json keeps its text.)
 */
import type { TypeRef } from '../model/catalog.js';
import { dateLiteral, intervalLiteral, timeLiteral, timestampLiteral, timestamptzLiteral } from './datetime-literals.js';

const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** float8 / float4 output: the shortest text that reads back to the same value, exponent style as C's %g. */
function floatLiteral(s: string, single: boolean): string | undefined {
  const t = s.trim();
  const low = t.toLowerCase();
  if (low === 'nan') return 'NaN';
  if (['infinity', '+infinity', 'inf', '+inf'].includes(low)) return 'Infinity';
  if (['-infinity', '-inf'].includes(low)) return '-Infinity';
  if (!FLOAT.test(t)) return undefined;
  let v = Number(t);
  if (single) v = Math.fround(v);
  if (!Number.isFinite(v)) return undefined;
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  let digits: string;
  if (single) {
    let p = 1;
    while (p < 9 && Math.fround(Number(v.toPrecision(p))) !== v) p++;
    digits = Number(v.toPrecision(p)).toExponential();
  } else {
    digits = v.toExponential(); // shortest round-trip digits
  }
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(digits)!;
  const [sign, lead, rest, exp] = [m[1]!, m[2]!, m[3] ?? '', Number(m[4])];
  const all = lead + rest;
  if (exp < -4 || exp >= (single ? 6 : 15)) {
    return `${sign}${lead}${rest ? `.${rest}` : ''}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${all}`;
  const int = all.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = all.slice(exp + 1);
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

function uuidLiteral(s: string): string | undefined {
  const hex = s.trim().replace(/^\{(.*)\}$/, '$1').replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) return undefined;
  const h = hex.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// --- jsonb ------------------------------------------------------------------------

type Json = { kind: 'scalar'; text: string } | { kind: 'array'; items: Json[] } | { kind: 'object'; entries: [string, Json][] };

/** A JSON parser that keeps numbers as written (jsonb stores them as numeric, not as doubles). */
function parseJson(text: string): Json | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const str = (): string | undefined => {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    try {
      return JSON.parse(m[0]) as string;
    } catch {
      return undefined;
    }
  };
  const value = (): Json | undefined => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries = new Map<string, Json>();
      ws();
      if (text[i] === '}') return i++, { kind: 'object', entries: [] };
      for (;;) {
        ws();
        const k = str();
        ws();
        if (k === undefined || text[i++] !== ':') return undefined;
        const v = value();
        if (!v) return undefined;
        entries.delete(k); // the last duplicate key wins
        entries.set(k, v);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return i++, { kind: 'object', entries: [...entries] };
        else return undefined;
      }
    }
    if (c === '[') {
      i++;
      const items: Json[] = [];
      ws();
      if (text[i] === ']') return i++, { kind: 'array', items };
      for (;;) {
        const v = value();
        if (!v) return undefined;
        items.push(v);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return i++, { kind: 'array', items };
        else return undefined;
      }
    }
    if (c === '"') {
      const s = str();
      return s === undefined ? undefined : { kind: 'scalar', text: jsonString(s) };
    }
    const m = /^(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?)(?![\w.])/.exec(text.slice(i));
    if (!m) return undefined; // exponents: numeric output would differ, left as written
    i += m[0].length;
    return { kind: 'scalar', text: m[0] === '-0' ? '0' : m[0] };
  };
  const v = value();
  ws();
  return v && i === text.length ? v : undefined;
}

/** PostgreSQL's escape_json. */
function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** jsonb keys sort by length, then bytewise. */
function keyOrder(a: string, b: string): number {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length - y.length || Buffer.compare(x, y);
}

function jsonbText(j: Json): string {
  if (j.kind === 'scalar') return j.text;
  if (j.kind === 'array') return `[${j.items.map(jsonbText).join(', ')}]`;
  const entries = [...j.entries].sort(([a], [b]) => keyOrder(a, b));
  return `{${entries.map(([k, v]) => `${jsonString(k)}: ${jsonbText(v)}`).join(', ')}}`;
}

// --- arrays --------------------------------------------------------------------------

/** A one-dimensional array literal's elements (undefined for NULL); undefined for other shapes. */
function arrayElements(s: string): (string | undefined)[] | undefined {
  const t = s.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return undefined;
  const body = t.slice(1, -1);
  if (body.trim() === '') return [];
  const out: (string | undefined)[] = [];
  let i = 0;
  for (;;) {
    while (body[i] === ' ') i++;
    if (body[i] === '{') return undefined; // nested: left as written
    if (body[i] === '"') {
      let v = '';
      i++;
      while (i < body.length && body[i] !== '"') {
        if (body[i] === '\\') i++;
        v += body[i++] ?? '';
      }
      if (body[i++] !== '"') return undefined;
      out.push(v);
    } else {
      let v = '';
      while (i < body.length && body[i] !== ',') {
        if (body[i] === '\\' || body[i] === '"' || body[i] === '}') return undefined;
        v += body[i++];
      }
      v = v.trim();
      if (v === '') return undefined;
      out.push(/^null$/i.test(v) ? undefined : v);
    }
    while (body[i] === ' ') i++;
    if (i >= body.length) return out;
    if (body[i++] !== ',') return undefined;
  }
}

function arrayElementText(v: string | undefined): string {
  if (v === undefined) return 'NULL';
  if (v === '' || /^null$/i.test(v) || /[{}",\\\s]/.test(v)) return `"${v.replace(/["\\]/g, '\\$&')}"`;
  return v;
}

const INT = /^\s*[+-]?\d+\s*$/;
const BOOLS: Record<string, string> = { t: 't', true: 't', y: 't', yes: 't', on: 't', '1': 't', f: 'f', false: 'f', n: 'f', no: 'f', off: 'f', '0': 'f' };

/** The output text of one element of a builtin type. */
function scalarText(s: string, t: TypeRef): string | undefined {
  switch (t.name) {
    case 'text':
    case 'character varying':
      return t.mods.length ? undefined : s;
    case 'smallint':
    case 'integer':
    case 'bigint':
      return INT.test(s) ? String(BigInt(s.trim())) : undefined;
    case 'boolean':
      return BOOLS[s.trim().toLowerCase()];
    default:
      return canonicalLiteral(s, t);
  }
}

/**
 * The text PostgreSQL prints for string literal `s` cast to builtin type `t` (arrays of those too),
 * or undefined when pgshift does not know it (the literal is then compared as written).
 */
export function canonicalLiteral(s: string, t: TypeRef): string | undefined {
  if (t.schema) return undefined;
  if (t.arrayDims) {
    const els = arrayElements(s);
    if (!els) return undefined;
    const el: TypeRef = { ...t, arrayDims: 0 };
    const texts = els.map((v) => (v === undefined ? undefined : scalarText(v, el)));
    if (texts.some((x, i) => x === undefined && els[i] !== undefined)) return undefined;
    return `{${texts.map(arrayElementText).join(',')}}`;
  }
  if (t.mods.length && t.name !== 'interval') return undefined; // typmods round or pad the value
  switch (t.name) {
    case 'timestamp without time zone':
      return timestampLiteral(s);
    case 'timestamp with time zone':
      return timestamptzLiteral(s);
    case 'date':
      return dateLiteral(s);
    case 'time without time zone':
      return timeLiteral(s, false);
    case 'time with time zone':
      return timeLiteral(s, true);
    case 'interval':
      return t.mods.length ? undefined : intervalLiteral(s);
    case 'double precision':
      return floatLiteral(s, false);
    case 'real':
      return floatLiteral(s, true);
    case 'uuid':
      return uuidLiteral(s);
    case 'jsonb': {
      const j = parseJson(s);
      return j ? jsonbText(j) : undefined;
    }
    default:
      return undefined;
  }
}
