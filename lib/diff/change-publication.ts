/** Change kinds of publications. Part of the closed `Change` union (change.ts). */
import type { Publication, PublicationTable } from '../catalog/model/publication.js';

export type PublicationChange =
  | { kind: 'create_publication'; publication: Publication }
  /** `recreate`: dropped to be created again (FOR ALL TABLES changed). */
  | { kind: 'drop_publication'; publication: Publication; recreate?: boolean }
  /** ALTER PUBLICATION … SET (publish, publish_via_partition_root). */
  | { kind: 'alter_publication_options'; publication: Publication }
  /**
   * ALTER PUBLICATION … DROP members, before the columns their column lists and row filters name are
   * dropped (PostgreSQL refuses that without CASCADE). Tables whose column list or row filter
   * changed are dropped here and added again. Members whose table or schema the migration drops are
   * not named (PostgreSQL removes them with it).
   */
  | { kind: 'drop_publication_members'; publication: Publication; tables: PublicationTable[]; schemas: string[] }
  /** ALTER PUBLICATION … ADD members, once their tables, columns and schemas exist. */
  | { kind: 'add_publication_members'; publication: Publication; tables: PublicationTable[]; schemas: string[] }
  /** ALTER PUBLICATION … OWNER TO (config `manageOwnership` only); `current_user` when the target names no owner. */
  | { kind: 'alter_publication_owner'; publication: Publication; owner: string };
