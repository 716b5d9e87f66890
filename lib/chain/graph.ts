/** The revision graph: parents before children, one root, one head; branches reported naming both files. */
import type { Diagnostic, Span } from '../source/diagnostic.js';
import type { Revision } from './revision.js';

/** The header line of a revision's up file that a graph problem is about (`-- parent:`, else the first line), so it prints as file:line:column. */
function headerSpan(r: Revision, key: 'parent' | 'revision'): Span {
  const m = new RegExp(`^--\\s*(?:pgshift\\s+)?${key}s?:.*$`, 'm').exec(r.up.text);
  return m ? { start: m.index, end: m.index + m[0].length } : { start: 0, end: 0 };
}

/** Topologically order revisions (ties by id, deterministic) and report structural problems. */
export function orderRevisions(revs: Revision[], diags: Diagnostic[]): Revision[] {
  const byId = new Map<string, Revision>();
  for (const r of revs) {
    const prev = byId.get(r.id);
    if (prev) diags.push({ code: 'chain-duplicate', severity: 'error', message: `revision ${r.id} is defined twice: ${prev.up.path} and ${r.up.path}`, file: r.up.path, span: headerSpan(r, 'revision') });
    byId.set(r.id, r);
  }
  const children = new Map<string, Revision[]>();
  for (const r of revs) {
    for (const p of r.parents) {
      if (!byId.has(p)) diags.push({ code: 'chain-missing-parent', severity: 'error', message: `revision ${r.id} names parent ${p}, which does not exist`, file: r.up.path, span: headerSpan(r, 'parent') });
      children.set(p, [...(children.get(p) ?? []), r]);
    }
  }
  for (const [p, kids] of children) {
    if (kids.length > 1 && !kids.every((k) => k.parents.length > 1)) {
      diags.push({
        code: 'chain-branch',
        severity: 'error',
        message: `revision ${p} has ${kids.length} children: ${kids.map((k) => k.up.path).join(' and ')}; merge them with a revision that has both as parents`,
        file: kids[1]!.up.path,
        span: headerSpan(kids[1]!, 'parent'),
      });
    }
  }
  const out: Revision[] = [];
  const done = new Set<string>();
  const pending = [...revs].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  let progress = true;
  while (pending.length && progress) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const r = pending[i]!;
      if (r.parents.every((p) => done.has(p) || !byId.has(p))) {
        out.push(r);
        done.add(r.id);
        pending.splice(i, 1);
        progress = true;
        break;
      }
    }
  }
  if (pending.length) diags.push({ code: 'chain-cycle', severity: 'error', message: `revisions form a cycle: ${pending.map((r) => r.id).join(', ')}`, file: pending[0]!.up.path, span: headerSpan(pending[0]!, 'parent') });
  return out;
}

/** Revisions no other revision names as parent. */
export function heads(revs: Revision[]): Revision[] {
  const parents = new Set(revs.flatMap((r) => r.parents));
  return revs.filter((r) => !parents.has(r.id));
}
