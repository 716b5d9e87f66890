/** Names pgshift reserves on a live database: introspection skips them, the online runner creates them. */

export const BACKUP_SCHEMA = 'pgshift_backup';
