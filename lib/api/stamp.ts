/**
 * `stamp REVISION`: make the version table say the database is at REVISION without running
 * anything — for adopting a database that already has the schema (after `pull`), or for
 * recording by hand a revision finished outside pgshift. Rows of revisions up to REVISION are
 * added (with the current checksums), rows after it removed; `base` clears the table.
 */
import type { Revision } from '../chain/revision.js';
import { upChecksum } from '../chain/sum.js';
import { forgetRevisionSql, recordRevisionSql } from '../emit/version-table.js';
import type { ProjectSettings } from '../config/project.js';
import { chainState, findRevision } from '../online/plan.js';
import { type OnlineResult, type RunOptions, withSession } from '../online/migrate.js';

export interface StampResult extends OnlineResult {
  added: string[];
  removed: string[];
}

export async function stamp(p: ProjectSettings, opts: RunOptions & { revision: string }): Promise<StampResult> {
  const added: string[] = [];
  const removed: string[] = [];
  const r = await withSession(p, { ...opts, lock: true, createVersionTable: true }, async (s) => {
    const chain = s.chain;
    const target: Revision | undefined = opts.revision === 'base' ? undefined : opts.revision === 'head' ? chain.revisions[chain.revisions.length - 1] : findRevision(chain, opts.revision);
    const upTo = target ? chain.revisions.indexOf(target) : -1;
    const state = chainState(chain, s.applied);
    const appliedIds = new Set(state.applied.map((x) => x.id));
    const sql: string[] = [];
    chain.revisions.forEach((rev, i) => {
      if (i <= upTo && !appliedIds.has(rev.id)) {
        sql.push(recordRevisionSql(p.versionTable, { id: rev.id, parent: rev.parents[0], checksum: upChecksum(rev.up.text) }));
        added.push(rev.id);
      } else if (i > upTo && appliedIds.has(rev.id)) {
        sql.push(forgetRevisionSql(p.versionTable, rev.id));
        removed.push(rev.id);
      }
    });
    if (sql.length) await s.db.exec(['BEGIN', ...sql, 'COMMIT'].join(';\n'));
  });
  return { ...r, added, removed };
}
