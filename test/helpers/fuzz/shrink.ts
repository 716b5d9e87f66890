/**
 * Shrinks a failing fuzz input while it keeps failing the same way: delta debugging over lines,
 * then tokens, then bytes, with a bounded number of attempts (each attempt runs the command).
 */

export async function shrink(input: Buffer, fails: (candidate: Buffer) => Promise<boolean>, opts: { maxAttempts?: number } = {}): Promise<Buffer> {
  let attempts = opts.maxAttempts ?? 400;
  const tryIt = async (b: Buffer) => attempts-- > 0 && (await fails(b));
  let best = input;
  // 1. lines, 2. tokens (split on whitespace boundaries and punctuation), 3. bytes
  const splitters: ((b: Buffer) => Buffer[])[] = [
    (b) => splitKeep(b, 0x0a),
    (b) => b.toString('latin1').match(/\s+|[A-Za-z0-9_]+|./gs)!.map((s) => Buffer.from(s, 'latin1')),
    (b) => (b.length <= 4096 ? [...b].map((x) => Buffer.from([x])) : []),
  ];
  for (const split of splitters) {
    let parts = split(best);
    let n = 2;
    while (parts.length >= 2 && attempts > 0) {
      const chunk = Math.ceil(parts.length / n);
      let reduced = false;
      for (let start = 0; start < parts.length && attempts > 0; start += chunk) {
        const candidate = [...parts.slice(0, start), ...parts.slice(start + chunk)];
        const b = Buffer.concat(candidate);
        if (b.length < best.length && (await tryIt(b))) {
          best = b;
          parts = candidate;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (n >= parts.length) break;
        n = Math.min(parts.length, n * 2);
      }
    }
  }
  return best;
}

function splitKeep(b: Buffer, sep: number): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === sep) {
      out.push(b.subarray(from, i + 1));
      from = i + 1;
    }
  }
  if (from < b.length) out.push(b.subarray(from));
  return out;
}
