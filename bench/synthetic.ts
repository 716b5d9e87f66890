/** Synthetic schemas of N tables: enums, columns of many types, FKs to earlier tables, indexes (plain, partial, expression), comments. */
export function syntheticSchema(tables: number): string {
  const out: string[] = [];
  const enums = Math.max(1, Math.floor(tables / 50));
  for (let e = 0; e < enums; e++) out.push(`CREATE TYPE status_${e} AS ENUM ('new', 'active', 'suspended', 'closed');`);
  for (let i = 0; i < tables; i++) {
    const cols = [
      `id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`,
      `name varchar(120) NOT NULL`,
      `email text`,
      `status status_${i % enums} NOT NULL DEFAULT 'new'`,
      `amount numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0)`,
      `payload jsonb NOT NULL DEFAULT '{}'`,
      `created_at timestamptz NOT NULL DEFAULT now()`,
      `updated_at timestamptz`,
      `flags integer[]`,
    ];
    if (i > 0) cols.push(`parent_id bigint REFERENCES t_${Math.floor(i / 2)} (id) ON DELETE CASCADE`);
    if (i > 1) cols.push(`other_id bigint REFERENCES t_${i - 1} (id)`);
    out.push(`CREATE TABLE t_${i} (\n  ${cols.join(',\n  ')},\n  UNIQUE (name, email)\n);`);
    out.push(`CREATE INDEX t_${i}_created_idx ON t_${i} (created_at DESC);`);
    out.push(`CREATE INDEX t_${i}_active_idx ON t_${i} (status) WHERE updated_at IS NULL;`);
    out.push(`CREATE INDEX t_${i}_lower_email_idx ON t_${i} (lower(email));`);
    if (i > 0) out.push(`CREATE INDEX t_${i}_parent_idx ON t_${i} (parent_id);`);
    out.push(`COMMENT ON TABLE t_${i} IS 'synthetic table ${i}';`);
  }
  return out.join('\n') + '\n';
}
