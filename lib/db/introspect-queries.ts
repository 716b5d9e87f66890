/**
 * pg_catalog queries behind `introspect`: one per object kind, each returning one JSON text
 * column `j` (both drivers then hand back the same strings). They run with search_path set to
 * the project's default schema, so names in that schema print unqualified (as users write
 * them) and pg_get_*def / format_type qualify everything else. PostgreSQL 15 to 18.
 *
 * Left out: system schemas, objects that belong to an extension, the version table and the
 * backup schema (`$1`: schemas to skip, `$2`: `schema.table` names to skip).
 */

const USER_NS = `n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND NOT n.nspname = ANY ($1::text[])`;
const notInExtension = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT FROM pg_depend xd WHERE xd.classid = '${catalog}'::regclass AND xd.objid = ${oid} AND xd.deptype = 'e')`;
const TABLE_FILTER = `c.relkind IN ('r', 'p') AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}
  AND NOT (n.nspname || '.' || c.relname) = ANY ($2::text[]) AND c.relpersistence <> 't'`;

/** The schema-qualified name of the function whose oid the column holds (NULL for none). */
const procName = (oid: string) => `(SELECT quote_ident(fn.nspname) || '.' || quote_ident(f.proname) FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = ${oid})`;

export const INTROSPECT_QUERIES = {
  schemas: `
    SELECT json_build_object('name', n.nspname, 'comment', obj_description(n.oid, 'pg_namespace'))::text AS j
    FROM pg_namespace n WHERE ${USER_NS} AND ${notInExtension('pg_namespace', 'n.oid')} ORDER BY n.nspname`,

  extensions: `
    SELECT json_build_object('name', x.extname, 'schema', n.nspname, 'version', x.extversion)::text AS j
    FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
    WHERE x.extname <> 'plpgsql' ORDER BY x.extname`,

  enums: `
    SELECT json_build_object('schema', n.nspname, 'name', t.typname,
      'labels', (SELECT json_agg(l.enumlabel ORDER BY l.enumsortorder) FROM pg_enum l WHERE l.enumtypid = t.oid),
      'comment', obj_description(t.oid, 'pg_type'))::text AS j
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND ${USER_NS} AND ${notInExtension('pg_type', 't.oid')}
    ORDER BY n.nspname, t.typname`,

  /** Sequences, except those of identity columns (they are part of the column). */
  sequences: `
    SELECT json_build_object('schema', n.nspname, 'name', c.relname,
      'type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text, 'increment', s.seqincrement::text,
      'min', s.seqmin::text, 'max', s.seqmax::text, 'cache', s.seqcache::text, 'cycle', s.seqcycle,
      'unlogged', c.relpersistence = 'u',
      'ownedBy', (SELECT json_build_object('schema', tn.nspname, 'table', t.relname, 'column', a.attname)
        FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
          AND NOT (tn.nspname || '.' || t.relname) = ANY ($2::text[])),
      'comment', obj_description(c.oid, 'pg_class'))::text AS j
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
    WHERE c.relkind = 'S' AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
    ORDER BY n.nspname, c.relname`,

  /**
   * Tables, partitioned tables and partitions: PARTITION BY (pg_get_partkeydef), the parent and bound of
   * a partition (pg_get_expr(relpartbound)), the parents of INHERITS in order (pg_inherits.inhseqno).
   */
  tables: `
    SELECT json_build_object('schema', n.nspname, 'name', c.relname, 'unlogged', c.relpersistence = 'u',
      'options', coalesce(c.reloptions::text[], '{}') || coalesce((SELECT array_agg('toast.' || x) FROM pg_class tc, unnest(tc.reloptions) x WHERE tc.oid = c.reltoastrelid), '{}'),
      'partitionBy', CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
      'bound', CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
      'accessMethod', (SELECT am.amname FROM pg_am am WHERE am.oid = c.relam AND am.amname <> 'heap' AND c.relkind = 'r'),
      'parents', (SELECT json_agg(json_build_object('schema', pn.nspname, 'name', pc.relname) ORDER BY i.inhseqno)
        FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid),
      'comment', obj_description(c.oid, 'pg_class'))::text AS j
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${TABLE_FILTER}
    ORDER BY n.nspname, c.relname`,

  columns: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', a.attname,
      'type', format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull,
      'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
      'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
      'generatedKind', NULLIF(a.attgenerated, ''),
      'identity', NULLIF(a.attidentity, ''),
      'identitySequence', CASE WHEN a.attidentity <> '' THEN (
        SELECT json_build_object('schema', sn.nspname, 'name', sc.relname, 'type', format_type(s.seqtypid, NULL),
          'start', s.seqstart::text, 'increment', s.seqincrement::text, 'min', s.seqmin::text, 'max', s.seqmax::text,
          'cache', s.seqcache::text, 'cycle', s.seqcycle)
        FROM pg_depend d JOIN pg_class sc ON sc.oid = d.objid JOIN pg_namespace sn ON sn.oid = sc.relnamespace
        JOIN pg_sequence s ON s.seqrelid = sc.oid
        WHERE d.classid = 'pg_class'::regclass AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i') END,
      'collation', CASE WHEN a.attcollation <> t.typcollation THEN
        (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname) ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
         FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
      'statistics', CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END,
      'storage', CASE a.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'x' THEN 'EXTENDED' ELSE 'MAIN' END,
      'typeStorage', CASE t.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'x' THEN 'EXTENDED' ELSE 'MAIN' END,
      'compression', CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
      'local', a.attislocal, 'inherited', a.attinhcount > 0,
      'comment', col_description(c.oid, a.attnum))::text AS j
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE ${TABLE_FILTER} AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY n.nspname, c.relname, a.attnum`,

  /**
   * PK, UNIQUE, CHECK, EXCLUDE and FK constraints of tables (PostgreSQL 18's NOT NULL entries are columns' business);
   * a PK's or UNIQUE's index storage parameters, which pg_get_constraintdef leaves out (it prints EXCLUDE's).
   */
  constraints: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', k.conname, 'type', k.contype,
      'definition', pg_get_constraintdef(k.oid), 'comment', obj_description(k.oid, 'pg_constraint'),
      'only', c.relkind = 'p' OR c.relispartition,
      'indexOptions', CASE WHEN k.contype IN ('p', 'u') THEN (SELECT ic.reloptions::text[] FROM pg_class ic WHERE ic.oid = k.conindid) END)::text AS j
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${TABLE_FILTER} AND k.contype IN ('p', 'u', 'c', 'f', 'x')
      AND (k.conislocal OR (k.contype IN ('p', 'u', 'x') AND c.relispartition)) -- a partition's key is its own index, attached
    ORDER BY n.nspname, c.relname, k.contype = 'f', k.conname`,

  /** Indexes that do not back a constraint (on tables and materialized views). */
  indexes: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', ic.relname,
      'definition', pg_get_indexdef(i.indexrelid), 'comment', obj_description(ic.oid, 'pg_class'),
      'statistics', (SELECT json_agg(json_build_array(ia.attnum, ia.attstattarget) ORDER BY ia.attnum) FROM pg_attribute ia
         WHERE ia.attrelid = i.indexrelid AND ia.attstattarget >= 0))::text AS j
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE (${TABLE_FILTER} OR (c.relkind = 'm' AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}))
      AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
    ORDER BY n.nspname, ic.relname`,

  /** Extended statistics objects (CREATE STATISTICS) on the tables pulled. */
  statistics: `
    SELECT json_build_object('schema', n.nspname, 'name', s.stxname, 'tableSchema', tn.nspname, 'table', c.relname,
      'definition', pg_get_statisticsobjdef(s.oid), 'target', CASE WHEN s.stxstattarget >= 0 THEN s.stxstattarget END,
      'comment', obj_description(s.oid, 'pg_statistic_ext'))::text AS j
    FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
    JOIN pg_class c ON c.oid = s.stxrelid JOIN pg_namespace tn ON tn.oid = c.relnamespace
    WHERE ${TABLE_FILTER.replaceAll('n.nspname', 'tn.nspname')} AND NOT c.relispartition
    ORDER BY n.nspname, s.stxname`,

  /** The index each table is clustered on (ALTER TABLE … CLUSTER ON), constraints' indexes included. */
  clustered: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', ic.relname)::text AS j
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${TABLE_FILTER} AND i.indisclustered
    ORDER BY n.nspname, c.relname`,

  /** Partition indexes attached to a partitioned index (pg_inherits between indexes), upper levels first. */
  indexAttachments: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', ic.relname, 'parentSchema', pn.nspname, 'parent', pc.relname)::text AS j
    FROM pg_inherits h JOIN pg_class ic ON ic.oid = h.inhrelid JOIN pg_index i ON i.indexrelid = ic.oid
    JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_class pc ON pc.oid = h.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
    WHERE ${TABLE_FILTER} AND ic.relkind IN ('i', 'I')
    ORDER BY (SELECT count(*) FROM pg_partition_ancestors(c.oid)), n.nspname, c.relname, ic.relname`,

  /** Comments on indexes that back constraints (COMMENT ON INDEX t_pkey). */
  constraintIndexComments: `
    SELECT json_build_object('schema', n.nspname, 'name', ic.relname, 'comment', obj_description(ic.oid, 'pg_class'))::text AS j
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${TABLE_FILTER} AND obj_description(ic.oid, 'pg_class') IS NOT NULL
      AND EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
    ORDER BY n.nspname, ic.relname`,

  domains: `
    SELECT json_build_object('schema', n.nspname, 'name', t.typname, 'baseType', format_type(t.typbasetype, t.typtypmod),
      'notNull', t.typnotnull, 'default', t.typdefault,
      'collation', CASE WHEN t.typcollation <> 0 AND t.typcollation <> (SELECT b.typcollation FROM pg_type b WHERE b.oid = t.typbasetype)
        THEN (SELECT quote_ident(co.collname) FROM pg_collation co WHERE co.oid = t.typcollation) END,
      'constraints', (SELECT json_agg(json_build_object('name', k.conname, 'definition', pg_get_constraintdef(k.oid),
          'validated', k.convalidated, 'comment', obj_description(k.oid, 'pg_constraint')) ORDER BY k.conname)
        FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'),
      'comment', obj_description(t.oid, 'pg_type'))::text AS j
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'd' AND ${USER_NS} AND ${notInExtension('pg_type', 't.oid')}
    ORDER BY n.nspname, t.typname`,

  composites: `
    SELECT json_build_object('schema', n.nspname, 'name', t.typname,
      'attributes', (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
          'collation', CASE WHEN a.attcollation <> at.typcollation THEN
            (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname) ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
             FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
          'comment', col_description(a.attrelid, a.attnum)) ORDER BY a.attnum)
        FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
      'comment', obj_description(t.oid, 'pg_type'))::text AS j
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
    WHERE t.typtype = 'c' AND c.relkind = 'c' AND ${USER_NS} AND ${notInExtension('pg_type', 't.oid')}
    ORDER BY n.nspname, t.typname`,

  /** Functions and procedures (not aggregates), in creation order. */
  functions: `
    SELECT json_build_object('schema', n.nspname, 'name', p.proname, 'args', pg_get_function_identity_arguments(p.oid),
      'definition', pg_get_functiondef(p.oid), 'kind', p.prokind,
      'comment', obj_description(p.oid, 'pg_proc'))::text AS j
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p') AND ${USER_NS} AND ${notInExtension('pg_proc', 'p.oid')}
    ORDER BY p.oid`,

  // --- operators, operator families and classes (introspect-operators.ts writes their DDL) ---
  operators: `
    SELECT json_build_object('schema', n.nspname, 'name', o.oprname,
      'left', CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END, 'right', format_type(o.oprright, NULL),
      'function', (SELECT quote_ident(fn.nspname) || '.' || quote_ident(f.proname) FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = o.oprcode),
      'commutator', (SELECT quote_ident(cn.nspname) || '.' || c.oprname FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom),
      'negator', (SELECT quote_ident(cn.nspname) || '.' || c.oprname FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate),
      'restrict', (SELECT quote_ident(fn.nspname) || '.' || quote_ident(f.proname) FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = o.oprrest),
      'join', (SELECT quote_ident(fn.nspname) || '.' || quote_ident(f.proname) FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = o.oprjoin),
      'hashes', o.oprcanhash, 'merges', o.oprcanmerge, 'comment', obj_description(o.oid, 'pg_operator'))::text AS j
    FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
    WHERE o.oprcode <> 0 AND ${USER_NS} AND ${notInExtension('pg_operator', 'o.oid')}
    ORDER BY o.oid`,

  /** Families with every member as written in CREATE OPERATOR CLASS / ALTER OPERATOR FAMILY … ADD, and the class it is bound to. */
  operatorFamilies: `
    SELECT json_build_object('schema', n.nspname, 'name', f.opfname, 'method', am.amname,
      'comment', obj_description(f.oid, 'pg_opfamily'),
      'members', (SELECT json_agg(json_build_object('sql', m.sql, 'class', m.cls) ORDER BY m.kind, m.num, m.sql) FROM (
        SELECT 1 AS kind, ao.amopstrategy AS num, format('OPERATOR %s %s.%s(%s, %s)%s', ao.amopstrategy, quote_ident(opn.nspname), op.oprname,
            format_type(ao.amoplefttype, NULL), format_type(ao.amoprighttype, NULL),
            CASE WHEN ao.amoppurpose = 'o' THEN (SELECT ' FOR ORDER BY ' || quote_ident(sfn.nspname) || '.' || quote_ident(sf.opfname)
              FROM pg_opfamily sf JOIN pg_namespace sfn ON sfn.oid = sf.opfnamespace WHERE sf.oid = ao.amopsortfamily) ELSE '' END) AS sql,
          (SELECT c.opcname FROM pg_depend d JOIN pg_opclass c ON c.oid = d.refobjid
            WHERE d.classid = 'pg_amop'::regclass AND d.objid = ao.oid AND d.refclassid = 'pg_opclass'::regclass) AS cls
        FROM pg_amop ao JOIN pg_operator op ON op.oid = ao.amopopr JOIN pg_namespace opn ON opn.oid = op.oprnamespace
        WHERE ao.amopfamily = f.oid
        UNION ALL
        SELECT 2, ap.amprocnum, format('FUNCTION %s (%s, %s) %s.%s(%s)', ap.amprocnum, format_type(ap.amproclefttype, NULL),
            format_type(ap.amprocrighttype, NULL), quote_ident(pn.nspname), quote_ident(p.proname), pg_get_function_identity_arguments(p.oid)),
          (SELECT c.opcname FROM pg_depend d JOIN pg_opclass c ON c.oid = d.refobjid
            WHERE d.classid = 'pg_amproc'::regclass AND d.objid = ap.oid AND d.refclassid = 'pg_opclass'::regclass)
        FROM pg_amproc ap JOIN pg_proc p ON p.oid = ap.amproc JOIN pg_namespace pn ON pn.oid = p.pronamespace
        WHERE ap.amprocfamily = f.oid) m))::text AS j
    FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
    WHERE ${USER_NS} AND ${notInExtension('pg_opfamily', 'f.oid')}
    ORDER BY n.nspname, f.opfname, am.amname`,

  operatorClasses: `
    SELECT json_build_object('schema', n.nspname, 'name', c.opcname, 'method', am.amname, 'type', format_type(c.opcintype, NULL),
      'default', c.opcdefault, 'familySchema', fn.nspname, 'family', f.opfname,
      'storage', CASE WHEN c.opckeytype <> 0 THEN format_type(c.opckeytype, NULL) END,
      'comment', obj_description(c.oid, 'pg_opclass'))::text AS j
    FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace JOIN pg_am am ON am.oid = c.opcmethod
      JOIN pg_opfamily f ON f.oid = c.opcfamily JOIN pg_namespace fn ON fn.oid = f.opfnamespace
    WHERE ${USER_NS} AND ${notInExtension('pg_opclass', 'c.oid')}
    ORDER BY n.nspname, c.opcname, am.amname`,

  // --- aggregates (ordinary, ordered-set and hypothetical-set: args is `direct ORDER BY aggregated`) ---
  aggregates: `
    SELECT json_build_object('schema', n.nspname, 'name', p.proname, 'args', pg_get_function_identity_arguments(p.oid),
      'sfunc', ${procName('a.aggtransfn')}, 'finalfunc', ${procName('a.aggfinalfn')}, 'combinefunc', ${procName('a.aggcombinefn')},
      'serialfunc', ${procName('a.aggserialfn')}, 'deserialfunc', ${procName('a.aggdeserialfn')},
      'msfunc', ${procName('a.aggmtransfn')}, 'minvfunc', ${procName('a.aggminvtransfn')}, 'mfinalfunc', ${procName('a.aggmfinalfn')},
      'mstype', CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END, 'minitcond', a.aggminitval,
      'mfinalextra', a.aggmfinalextra, 'sspace', a.aggtransspace, 'msspace', a.aggmtransspace,
      'sortop', (SELECT 'OPERATOR(' || quote_ident(opn.nspname) || '.' || o.oprname || ')' FROM pg_operator o JOIN pg_namespace opn ON opn.oid = o.oprnamespace WHERE o.oid = a.aggsortop),
      'stype', format_type(a.aggtranstype, NULL), 'initcond', a.agginitval, 'parallel', p.proparallel,
      'kind', a.aggkind, 'finalextra', a.aggfinalextra, 'finalmodify', a.aggfinalmodify,
      'comment', obj_description(p.oid, 'pg_proc'))::text AS j
    FROM pg_proc p JOIN pg_aggregate a ON a.aggfnoid = p.oid JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.prokind = 'a' AND ${USER_NS} AND ${notInExtension('pg_proc', 'p.oid')}
    ORDER BY p.oid`,

  /** Views and materialized views, in creation order. */
  views: `
    SELECT json_build_object('schema', n.nspname, 'name', c.relname, 'materialized', c.relkind = 'm',
      'definition', pg_get_viewdef(c.oid),
      'accessMethod', (SELECT am.amname FROM pg_am am WHERE am.oid = c.relam AND am.amname <> 'heap' AND c.relkind = 'm'),
      'compression', (SELECT json_agg(json_build_object('name', a.attname, 'method', CASE a.attcompression WHEN 'p' THEN 'pglz' ELSE 'lz4' END) ORDER BY a.attnum)
        FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND a.attcompression <> ''),
      'options', coalesce(c.reloptions::text[], '{}') || coalesce((SELECT array_agg('toast.' || x) FROM pg_class tc, unnest(tc.reloptions) x WHERE tc.oid = c.reltoastrelid), '{}'),
      'comment', obj_description(c.oid, 'pg_class'),
      'columnComments', (SELECT json_agg(json_build_object('name', a.attname, 'comment', col_description(c.oid, a.attnum)) ORDER BY a.attnum)
        FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND col_description(c.oid, a.attnum) IS NOT NULL),
      'columnDefaults', (SELECT json_agg(json_build_object('name', a.attname, 'default', pg_get_expr(d.adbin, d.adrelid)) ORDER BY a.attnum)
        FROM pg_attribute a JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = c.oid AND a.attnum > 0))::text AS j
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm') AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}
    ORDER BY c.oid`,

  triggers: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', g.tgname, 'definition', pg_get_triggerdef(g.oid),
      'enabled', g.tgenabled, 'comment', obj_description(g.oid, 'pg_trigger'),
      'clone', g.tgparentid <> 0, 'partitioned', c.relkind = 'p')::text AS j
    FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    -- clones on partitions come with the parent's trigger: only their state and comment are theirs
    WHERE NOT g.tgisinternal
      AND c.relkind IN ('r', 'p', 'v') AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}
    ORDER BY n.nspname, c.relname, g.tgname`,

  /** Rewrite rules other than views' "_RETURN". */
  rules: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', r.rulename, 'definition', pg_get_ruledef(r.oid),
      'enabled', r.ev_enabled, 'comment', obj_description(r.oid, 'pg_rewrite'))::text AS j
    FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE r.rulename <> '_RETURN' AND c.relkind IN ('r', 'p', 'v') AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}
    ORDER BY n.nspname, c.relname, r.rulename`,

  /** REPLICA IDENTITY other than DEFAULT, with the index of USING INDEX. */
  replicaIdentity: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'identity', c.relreplident,
      'index', (SELECT ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid WHERE x.indrelid = c.oid AND x.indisreplident))::text AS j
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${TABLE_FILTER} AND c.relreplident <> 'd'
    ORDER BY n.nspname, c.relname`,

  /** Row-level security flags and policies of tables. */
  rowSecurity: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'enabled', c.relrowsecurity, 'forced', c.relforcerowsecurity)::text AS j
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${TABLE_FILTER} AND (c.relrowsecurity OR c.relforcerowsecurity)
    ORDER BY n.nspname, c.relname`,

  policies: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', pol.polname, 'permissive', pol.polpermissive,
      'command', pol.polcmd,
      'roles', CASE WHEN pol.polroles = '{0}' THEN NULL ELSE (SELECT json_agg(quote_ident(r.rolname) ORDER BY r.rolname) FROM pg_roles r WHERE r.oid = ANY (pol.polroles)) END,
      'using', pg_get_expr(pol.polqual, pol.polrelid), 'check', pg_get_expr(pol.polwithcheck, pol.polrelid),
      'comment', obj_description(pol.oid, 'pg_policy'))::text AS j
    FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${TABLE_FILTER}
    ORDER BY n.nspname, c.relname, pol.polname`,

  // --- privileges (introspect-privileges.ts writes GRANT / REVOKE relative to PostgreSQL's defaults) ---
  /**
   * Objects whose ACL is not the default (acl IS NOT NULL), the ACL exploded with the owner's
   * default in place of NULL; `all`: every privilege of the kind on this server (acldefault's).
   */
  privileges: `
    WITH o AS (
      SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'table' END AS kind, n.nspname AS schema, c.relname AS name,
        NULL::text AS args, NULL::text AS "column", c.relowner AS owner, c.relacl AS acl,
        CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char" AS dk, 1 AS pos
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}
        AND NOT (n.nspname || '.' || c.relname) = ANY ($2::text[]) AND c.relpersistence <> 't'
        AND (c.relkind <> 'S' OR NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')) -- not identity sequences
      UNION ALL
      SELECT 'column', n.nspname, c.relname, NULL, a.attname, c.relowner, a.attacl, 'c', 2
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') AND ${USER_NS}
        AND ${notInExtension('pg_class', 'c.oid')} AND NOT (n.nspname || '.' || c.relname) = ANY ($2::text[]) AND c.relpersistence <> 't'
      UNION ALL
      SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, n.nspname, p.proname,
        (SELECT coalesce(string_agg(format_type(t, NULL), ', ' ORDER BY i), '') FROM unnest(p.proargtypes) WITH ORDINALITY u(t, i)),
        NULL, p.proowner, p.proacl, 'f', 3
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE p.proacl IS NOT NULL AND ${USER_NS} AND ${notInExtension('pg_proc', 'p.oid')}
      UNION ALL
      SELECT 'schema', n.nspname, n.nspname, NULL, NULL, n.nspowner, n.nspacl, 'n', 0
      FROM pg_namespace n WHERE n.nspacl IS NOT NULL AND ${USER_NS} AND ${notInExtension('pg_namespace', 'n.oid')}
      UNION ALL
      SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, n.nspname, t.typname, NULL, NULL, t.typowner, t.typacl, 'T', 1
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typacl IS NOT NULL AND t.typtype IN ('e', 'd', 'c', 'r', 'm') AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
        AND ${USER_NS} AND ${notInExtension('pg_type', 't.oid')})
    SELECT json_build_object('kind', o.kind, 'schema', o.schema, 'name', o.name, 'args', o.args, 'column', o."column",
      'owner', pg_get_userbyid(o.owner),
      'all', (SELECT json_agg(x.privilege_type ORDER BY x.privilege_type) FROM aclexplode(acldefault(CASE WHEN o.dk = 'c' THEN 'r' ELSE o.dk END, o.owner)) x WHERE x.grantee = o.owner),
      'entries', (SELECT json_agg(json_build_object('grantee', CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee) END,
          'privilege', x.privilege_type, 'grantable', x.is_grantable) ORDER BY x.grantee <> o.owner, x.grantee, x.privilege_type)
        FROM aclexplode(o.acl) x))::text AS j
    FROM o ORDER BY o.pos, o.schema, o.name, o.args, o."column"`,

  /** ALTER DEFAULT PRIVILEGES entries (pg_default_acl); `all`: every privilege of the kind on this server. */
  defaultPrivileges: `
    SELECT json_build_object('role', pg_get_userbyid(d.defaclrole), 'schema', n.nspname, 'objects', d.defaclobjtype,
      'isCurrentUser', d.defaclrole = (SELECT oid FROM pg_roles WHERE rolname = current_user),
      'all', (SELECT json_agg(x.privilege_type ORDER BY x.privilege_type)
        FROM aclexplode(acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole)) x WHERE x.grantee = d.defaclrole),
      'entries', (SELECT json_agg(json_build_object('grantee', CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee) END,
          'privilege', x.privilege_type, 'grantable', x.is_grantable) ORDER BY x.grantee <> d.defaclrole, x.grantee, x.privilege_type)
        FROM aclexplode(d.defaclacl) x))::text AS j
    FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
    WHERE n.oid IS NULL OR (${USER_NS})
    ORDER BY pg_get_userbyid(d.defaclrole), n.nspname NULLS FIRST, d.defaclobjtype`,

  // --- casts and event triggers (database-wide; introspect-casts.ts writes their DDL) ---
  /** Casts created after initdb, not an extension's nor a range's internal one, none of whose types is in an excluded schema. */
  casts: `
    SELECT json_build_object('source', format_type(c.castsource, NULL), 'target', format_type(c.casttarget, NULL),
      'function', CASE WHEN c.castfunc <> 0 THEN (SELECT quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')'
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = c.castfunc) END,
      'schema', coalesce((SELECT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = c.castfunc AND ${USER_NS}),
        (SELECT n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = c.casttarget AND ${USER_NS}),
        (SELECT n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = c.castsource AND ${USER_NS}), 'public'),
      'context', c.castcontext, 'method', c.castmethod, 'comment', obj_description(c.oid, 'pg_cast'))::text AS j
    FROM pg_cast c
    WHERE c.oid >= 16384 AND ${notInExtension('pg_cast', 'c.oid')}
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_cast'::regclass AND d.objid = c.oid AND d.deptype = 'i')
      AND NOT EXISTS (SELECT FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.oid IN (c.castsource, c.casttarget) AND n.nspname = ANY ($1::text[]))
    ORDER BY c.oid`,
  /** Event triggers, whose function is not in an excluded schema. */
  eventTriggers: `
    SELECT json_build_object('name', e.evtname, 'event', e.evtevent, 'tags', e.evttags, 'enabled', e.evtenabled,
      'function', quote_ident(n.nspname) || '.' || quote_ident(p.proname), 'schema', n.nspname,
      'comment', obj_description(e.oid, 'pg_event_trigger'))::text AS j
    FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE ${notInExtension('pg_event_trigger', 'e.oid')} AND NOT n.nspname = ANY ($1::text[])
    ORDER BY e.evtname`,
} as const;

export type IntrospectQuery = keyof typeof INTROSPECT_QUERIES;
