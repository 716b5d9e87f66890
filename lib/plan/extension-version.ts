/**
 * Extension versions: PostgreSQL moves an extension between versions only along the update scripts
 * its package ships (`name--from--to.sql`), and packages ship upgrade scripts, not downgrade ones
 * (contrib ships none). A change to an older version therefore has no path: it is not emitted as an
 * `ALTER EXTENSION … UPDATE TO` that would fail at apply, but printed as a comment and flagged
 * irreversible (a down migration cannot bring the old version back in place).
 */

/** Version strings compared part by part (`1.10` > `1.9`); undefined when a part is not numeric. */
export function compareVersions(a: string, b: string): number | undefined {
  const pa = a.split(/[.\-_]/);
  const pb = b.split(/[.\-_]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    if (!/^\d+$/.test(x) || !/^\d+$/.test(y)) return x === y ? 0 : undefined;
    const d = Number(x) - Number(y);
    if (d) return Math.sign(d);
  }
  return 0;
}

/** True when `to` is known to be older than `from`: no update path exists. */
export function isExtensionDowngrade(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to) return false;
  return (compareVersions(to, from) ?? 0) < 0;
}
