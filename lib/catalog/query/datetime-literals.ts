/**
 * Date and time literals as PostgreSQL prints them back (DateStyle ISO, IntervalStyle postgres —
 * what pg_dump sets): `'1970-01-01'::timestamp` is stored as `'1970-01-01 00:00:00'::timestamp
 * without time zone`, `INTERVAL '90 day'` as `'90 days'::interval`, `'00:00'::time` as `'00:00:00'`.
 *
 * Only unambiguous spellings are canonicalised (ISO dates `Y-M-D`, 24-hour times, numeric UTC
 * offsets and `Z`/`UTC`/`GMT`, interval units and `H:M:S`); anything else (`'now'`, `'today'`,
 * named time zones, DateStyle-dependent `1/2/2000`, BC dates, ISO 8601 durations, fractional months)
 * is left as written, so at worst a diff shows a literal PostgreSQL would have printed differently.
 *
 * timestamptz: a value is an instant, printed in the session's TimeZone (pg_dump uses the server's).
 * The canonical text is that instant in UTC (`+00`), so a dump taken in any time zone binds to the
 * same catalogue as the schema. A literal without an offset is read in the session TimeZone when the
 * statement runs; offline it is read as UTC (the usual server setting). pgshift emits defaults as
 * written, so what the database stores is what the schema says, in whatever zone the migration runs.
 */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

const daysIn = (y: number, m: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

interface Parsed {
  y: number;
  m: number;
  d: number;
  /** Seconds since midnight, and microseconds. */
  secs: number;
  us: number;
  /** UTC offset in seconds east of Greenwich, when written. */
  offset?: number;
}

/** `Z`, `UTC`, `GMT`, `+5`, `+05`, `+0530`, `+05:30`, `-08:00:00` → seconds east of Greenwich. */
function parseOffset(z: string): number | undefined {
  const t = z.trim();
  if (t === '') return undefined;
  if (/^(z|utc|gmt|zulu)$/i.test(t)) return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(t);
  if (!m) return NaN;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? 0);
  const s = Number(m[4] ?? 0);
  if (h > 15 || mi > 59 || s > 59) return NaN;
  return (m[1] === '-' ? -1 : 1) * (h * 3600 + mi * 60 + s);
}

/** Fraction digits → microseconds; undefined beyond microsecond precision (PostgreSQL would round). */
function micros(frac: string | undefined): number | undefined {
  if (!frac) return 0;
  if (frac.length > 6 && /[1-9]/.test(frac.slice(6))) return undefined;
  return Number(frac.slice(0, 6).padEnd(6, '0'));
}

/** `HH:MM[:SS[.ffffff]]` → seconds since midnight and microseconds. */
function parseClock(h: string, mi: string, s: string | undefined, frac: string | undefined): { secs: number; us: number } | undefined {
  const H = Number(h);
  const M = Number(mi);
  const S = Number(s ?? 0);
  const us = micros(frac);
  if (us === undefined || M > 59 || S > 59 || H > 24 || (H === 24 && (M || S || us))) return undefined;
  return { secs: H * 3600 + M * 60 + S, us };
}

const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*([zZ]|[A-Za-z]{3,4}|[+-][\d:]+)?$/;

function parseDateTime(s: string): Parsed | 'epoch' | undefined {
  const t = s.trim();
  if (/^epoch$/i.test(t)) return 'epoch';
  const m = DATE_TIME.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return undefined;
  const clock = m[4] !== undefined ? parseClock(m[4], m[5]!, m[6], m[7]) : { secs: 0, us: 0 };
  if (!clock) return undefined;
  const offset = m[8] !== undefined ? parseOffset(m[8]) : undefined;
  if (offset !== undefined && Number.isNaN(offset)) return undefined;
  return { y, m: mo, d, ...clock, offset };
}

function clockText(secs: number, us: number): string {
  const text = `${pad(Math.floor(secs / 3600))}:${pad(Math.floor((secs % 3600) / 60))}:${pad(secs % 60)}`;
  return us ? `${text}.${pad(us, 6).replace(/0+$/, '')}` : text;
}

const dateText = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function offsetText(off: number): string {
  const a = Math.abs(off);
  const [h, mi, s] = [Math.floor(a / 3600), Math.floor((a % 3600) / 60), a % 60];
  return `${off < 0 ? '-' : '+'}${pad(h)}${mi || s ? `:${pad(mi)}` : ''}${s ? `:${pad(s)}` : ''}`;
}

const SPECIAL = new Map([['infinity', 'infinity'], ['+infinity', 'infinity'], ['-infinity', '-infinity']]);

/** timestamp without time zone: a written zone is ignored, as PostgreSQL ignores it. */
export function timestampLiteral(s: string): string | undefined {
  const special = SPECIAL.get(s.trim().toLowerCase());
  if (special) return special;
  const p = parseDateTime(s);
  if (p === 'epoch') return '1970-01-01 00:00:00';
  if (!p) return undefined;
  if (p.secs === 86400) return undefined; // 24:00:00 rolls over to the next day: left as written
  return `${dateText(p.y, p.m, p.d)} ${clockText(p.secs, p.us)}`;
}

/** timestamp with time zone: the instant, printed in UTC. */
export function timestamptzLiteral(s: string): string | undefined {
  const special = SPECIAL.get(s.trim().toLowerCase());
  if (special) return special;
  const p = parseDateTime(s);
  if (p === 'epoch') return '1970-01-01 00:00:00+00';
  if (!p) return undefined;
  const total = daysFromCivil(p.y, p.m, p.d) * 86400 + p.secs - (p.offset ?? 0);
  const days = Math.floor(total / 86400);
  const [y, m, d] = civilFromDays(days);
  if (y < 1) return undefined;
  return `${dateText(y, m, d)} ${clockText(total - days * 86400, p.us)}+00`;
}

export function dateLiteral(s: string): string | undefined {
  const special = SPECIAL.get(s.trim().toLowerCase());
  if (special) return special;
  const p = parseDateTime(s);
  if (p === 'epoch') return '1970-01-01';
  return p ? dateText(p.y, p.m, p.d) : undefined;
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*([zZ]|[A-Za-z]{3,4}|[+-][\d:]+)?$/;

/** time without time zone (a written zone is ignored) and time with time zone (the zone is kept). */
export function timeLiteral(s: string, withZone: boolean): string | undefined {
  const m = CLOCK.exec(s.trim());
  if (!m) return undefined;
  const c = parseClock(m[1]!, m[2]!, m[3], m[4]);
  if (!c) return undefined;
  if (!withZone) return clockText(c.secs, c.us);
  const off = m[5] !== undefined ? parseOffset(m[5]) : 0;
  if (off === undefined || Number.isNaN(off)) return undefined;
  return `${clockText(c.secs, c.us)}${offsetText(off)}`;
}

// --- intervals ---------------------------------------------------------------

type Unit = 'us' | 'ms' | 's' | 'min' | 'h' | 'd' | 'w' | 'mon' | 'y' | 'decade' | 'century' | 'millennium';
const UNITS: Record<string, Unit> = {};
const alias = (u: Unit, ...names: string[]) => names.forEach((n) => (UNITS[n] = u));
alias('us', 'microsecond', 'microseconds', 'us', 'usec', 'usecs', 'usecond', 'useconds');
alias('ms', 'millisecond', 'milliseconds', 'ms', 'msec', 'msecs', 'msecond', 'mseconds');
alias('s', 'second', 'seconds', 's', 'sec', 'secs');
alias('min', 'minute', 'minutes', 'm', 'min', 'mins');
alias('h', 'hour', 'hours', 'h', 'hr', 'hrs');
alias('d', 'day', 'days', 'd');
alias('w', 'week', 'weeks', 'w');
alias('mon', 'month', 'months', 'mon', 'mons');
alias('y', 'year', 'years', 'y', 'yr', 'yrs');
alias('decade', 'decade', 'decades', 'dec', 'decs');
alias('century', 'century', 'centuries', 'c', 'cent');
alias('millennium', 'millennium', 'millennia', 'millenniums', 'mil', 'mils');

const US_PER: Partial<Record<Unit, number>> = { us: 1, ms: 1e3, s: 1e6, min: 60e6, h: 3600e6 };
const MONTHS_PER: Partial<Record<Unit, number>> = { mon: 1, y: 12, decade: 120, century: 1200, millennium: 12000 };

interface Interval {
  months: number;
  days: number;
  us: number;
}

/** Interval input in units (`1 day 2 hours`, `90 day`, `-1 year +2 mons`, `@ 1 hour ago`) and `[-]H:M[:S]`. */
function parseInterval(s: string): Interval | undefined {
  let t = s.trim().toLowerCase().replace(/^@\s*/, '');
  let ago = false;
  if (/\sago$/.test(t) || t === 'ago') {
    ago = true;
    t = t.replace(/\s*ago$/, '');
  }
  const iv: Interval = { months: 0, days: 0, us: 0 };
  const token = /\s*(?:([+-]?)(\d+):(\d{1,2})(?::(\d{1,2})(?:\.(\d+))?)?|([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)\s*([a-z]+)?)\s*/y;
  let pos = 0;
  let any = false;
  while (pos < t.length) {
    token.lastIndex = pos;
    const m = token.exec(t);
    if (!m || token.lastIndex === pos) return undefined;
    pos = token.lastIndex;
    any = true;
    if (m[2] !== undefined) {
      const us = micros(m[5]);
      if (us === undefined || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return undefined;
      const v = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1e6 + us;
      iv.us += m[1] === '-' ? -v : v;
      continue;
    }
    const num = m[6]!;
    const unit = m[7] === undefined ? 's' : UNITS[m[7]];
    if (!unit) return undefined;
    const whole = Number(num.includes('.') ? num.slice(0, num.indexOf('.')) || '0' : num);
    const fraction = num.includes('.') ? Number(`${num.startsWith('-') ? '-' : ''}0${num.slice(num.indexOf('.'))}`) : 0;
    if (US_PER[unit] !== undefined) {
      iv.us += Math.round(Number(num) * US_PER[unit]!);
    } else if (unit === 'd' || unit === 'w') {
      if (unit === 'w' && fraction) return undefined; // fractional weeks spill into days and time: left as written
      iv.days += whole * (unit === 'w' ? 7 : 1);
      iv.us += Math.round(fraction * 86400e6);
    } else {
      if (fraction) return undefined; // fractional months and years: left as written
      iv.months += whole * MONTHS_PER[unit]!;
    }
  }
  if (!any) return undefined;
  if (ago) {
    iv.months = -iv.months;
    iv.days = -iv.days;
    iv.us = -iv.us;
  }
  if (!Number.isSafeInteger(iv.us)) return undefined;
  return iv;
}

/** IntervalStyle postgres output (EncodeInterval). */
function intervalText(iv: Interval): string {
  const parts: string[] = [];
  let before = false; // the previous field was negative: a positive one gets a '+'
  const field = (v: number, unit: string) => {
    if (!v) return;
    parts.push(`${before && v > 0 ? '+' : ''}${v} ${unit}${Math.abs(v) !== 1 ? 's' : ''}`);
    before = v < 0;
  };
  const year = Math.trunc(iv.months / 12);
  field(year, 'year');
  field(iv.months - year * 12, 'mon');
  field(iv.days, 'day');
  if (!parts.length || iv.us) {
    const minus = iv.us < 0;
    const a = Math.abs(iv.us);
    const h = Math.floor(a / 3600e6);
    const mi = Math.floor((a % 3600e6) / 60e6);
    const sec = Math.floor((a % 60e6) / 1e6);
    const us = a % 1e6;
    const clock = `${pad(h)}:${pad(mi)}:${pad(sec)}${us ? `.${pad(us, 6).replace(/0+$/, '')}` : ''}`;
    parts.push(`${minus ? '-' : before ? '+' : ''}${clock}`);
  }
  return parts.join(' ');
}

export function intervalLiteral(s: string): string | undefined {
  const iv = parseInterval(s);
  return iv ? intervalText(iv) : undefined;
}
