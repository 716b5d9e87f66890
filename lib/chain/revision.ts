/** A revision of a migration chain, whatever its on-disk format. */
import type { SourceFile } from '../source/file.js';

export type ChainFormat = 'pgshift' | 'golang-migrate' | 'diesel' | 'dbmate' | 'goose' | 'flyway' | 'prisma' | 'plain';

export interface Revision {
  id: string;
  /** Human name (slug or message). */
  name: string;
  parents: string[];
  up: SourceFile;
  down?: SourceFile;
  /** Directory of a pgshift/diesel revision. */
  dir?: string;
  /** Run outside a transaction (`-- pgshift:no-transaction`, golang-migrate/dbmate markers). */
  noTransaction: boolean;
  format: ChainFormat;
}

export interface Chain {
  dir: string;
  format: ChainFormat;
  /** In application order (parents before children). */
  revisions: Revision[];
}
