/**
 * The pg_catalog queries behind `snapshotSchema`, one per object kind. Each returns one
 * column `j`: a JSON text built with json_build_object, so both drivers hand back the same
 * strings (node-postgres and PGlite parse int8, arrays and json differently).
 *
 * They run with `search_path = pg_catalog`, so every name that pg_get_*def or format_type
 * print is schema-qualified the same way whatever the caller's search_path was.
 * They must work on PostgreSQL 15 to 18 (PGlite 0.5 is PostgreSQL 18): no column that
 * appeared or changed in between, except behind to_jsonb (collations).
 */

/** User schemas only: pg_catalog, information_schema, pg_toast, pg_temp_N, pg_toast_temp_N are out. */
const USER_NS = `n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'`;

/** Objects that belong to an extension are the extension's, not the schema's. */
const notInExtension = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT FROM pg_depend xd WHERE xd.classid = '${catalog}'::regclass AND xd.objid = ${oid} AND xd.deptype = 'e')`;

/** Relations a snapshot describes, with their sub-objects (columns, constraints, …). */
const USER_RELATION = `c.relkind IN ('r', 'p', 'f', 'v', 'm') AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}`;
const RELATION_JOIN = `JOIN pg_namespace n ON n.oid = c.relnamespace`;

export const QUERIES = {
  // --- schemas ---------------------------------------------------------------
  schemas: `
    SELECT json_build_object('name', n.nspname, 'owner', pg_get_userbyid(n.nspowner),
      'acl', coalesce(n.nspacl, acldefault('n', n.nspowner))::text[],
      'comment', obj_description(n.oid, 'pg_namespace'))::text AS j
    FROM pg_namespace n
    WHERE ${USER_NS} AND ${notInExtension('pg_namespace', 'n.oid')}`,

  // --- extensions ------------------------------------------------------------
  extensions: `
    SELECT json_build_object('name', x.extname, 'schema', n.nspname, 'version', x.extversion)::text AS j
    FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace`,

  // --- collations (columns differ across versions: read the row as jsonb) ----
  collations: `
    SELECT json_build_object('schema', n.nspname, 'name', c.collname, 'owner', pg_get_userbyid(c.collowner),
      'properties', to_jsonb(c) - 'oid' - 'collname' - 'collnamespace' - 'collowner' - 'collversion',
      'comment', obj_description(c.oid, 'pg_collation'))::text AS j
    FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
    WHERE ${USER_NS} AND ${notInExtension('pg_collation', 'c.oid')}`,

  // --- text search dictionaries and configurations (mappings by token type name) ---
  tsDictionaries: `
    SELECT json_build_object('schema', n.nspname, 'name', d.dictname, 'owner', pg_get_userbyid(d.dictowner),
      'template', (SELECT tn.nspname || '.' || t.tmplname FROM pg_ts_template t JOIN pg_namespace tn ON tn.oid = t.tmplnamespace WHERE t.oid = d.dicttemplate),
      'options', d.dictinitoption, 'comment', obj_description(d.oid, 'pg_ts_dict'))::text AS j
    FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
    WHERE ${USER_NS} AND ${notInExtension('pg_ts_dict', 'd.oid')}`,
  tsConfigs: `
    SELECT json_build_object('schema', n.nspname, 'name', c.cfgname, 'owner', pg_get_userbyid(c.cfgowner),
      'parser', (SELECT p.prsname FROM pg_ts_parser p WHERE p.oid = c.cfgparser),
      'mappings', (SELECT json_object_agg(tt.alias, (SELECT json_agg(dn.nspname || '.' || d.dictname ORDER BY m.mapseqno)
                     FROM pg_ts_config_map m JOIN pg_ts_dict d ON d.oid = m.mapdict JOIN pg_namespace dn ON dn.oid = d.dictnamespace
                     WHERE m.mapcfg = c.oid AND m.maptokentype = tt.tokid) ORDER BY tt.tokid)
                   FROM ts_token_type(c.cfgparser) tt
                   WHERE EXISTS (SELECT FROM pg_ts_config_map m WHERE m.mapcfg = c.oid AND m.maptokentype = tt.tokid)),
      'comment', obj_description(c.oid, 'pg_ts_config'))::text AS j
    FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
    WHERE ${USER_NS} AND ${notInExtension('pg_ts_config', 'c.oid')}`,

  // --- types: enums, domains, standalone composites, ranges ------------------
  types: `
    SELECT json_build_object('schema', n.nspname, 'name', t.typname, 'typtype', t.typtype,
      'owner', pg_get_userbyid(t.typowner),
      'acl', coalesce(t.typacl, acldefault('T', t.typowner))::text[],
      'comment', obj_description(t.oid, 'pg_type'),
      'labels', CASE WHEN t.typtype = 'e' THEN
        (SELECT json_agg(l.enumlabel ORDER BY l.enumsortorder) FROM pg_enum l WHERE l.enumtypid = t.oid) END,
      'baseType', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
      'default', CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END,
      'notNull', CASE WHEN t.typtype = 'd' THEN t.typnotnull END,
      'collation', CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 AND t.typcollation <>
        (SELECT b.typcollation FROM pg_type b WHERE b.oid = t.typbasetype) THEN t.typcollation::regcollation::text END,
      'constraints', CASE WHEN t.typtype = 'd' THEN
        (SELECT json_object_agg(k.conname, json_build_object('definition', pg_get_constraintdef(k.oid),
           'validated', k.convalidated, 'comment', obj_description(k.oid, 'pg_constraint')))
         FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c') END,
      'attributes', CASE WHEN t.typtype = 'c' THEN
        (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
           'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
             THEN a.attcollation::regcollation::text END,
           'comment', col_description(a.attrelid, a.attnum)) ORDER BY a.attnum)
         FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END,
      'range', CASE WHEN t.typtype = 'r' THEN
        (SELECT json_build_object('subtype', format_type(r.rngsubtype, NULL),
           'opclass', (SELECT o.opcname FROM pg_opclass o WHERE o.oid = r.rngsubopc),
           'collation', CASE WHEN r.rngcollation <> 0 THEN r.rngcollation::regcollation::text END,
           'canonical', CASE WHEN r.rngcanonical::oid <> 0 THEN r.rngcanonical::regprocedure::text END,
           'subtypeDiff', CASE WHEN r.rngsubdiff::oid <> 0 THEN r.rngsubdiff::regprocedure::text END,
           'multirange', format_type(r.rngmultitypid, NULL))
         FROM pg_range r WHERE r.rngtypid = t.oid) END)::text AS j
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype IN ('e', 'd', 'c', 'r') AND ${USER_NS} AND ${notInExtension('pg_type', 't.oid')}
      AND (t.typtype <> 'c' OR (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')`,

  // --- sequences (OWNED BY and identity sequences through pg_depend) ---------
  sequences: `
    SELECT json_build_object('schema', n.nspname, 'name', c.relname, 'owner', pg_get_userbyid(c.relowner),
      'type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text, 'increment', s.seqincrement::text,
      'min', s.seqmin::text, 'max', s.seqmax::text, 'cache', s.seqcache::text, 'cycle', s.seqcycle,
      'persistence', c.relpersistence,
      'ownedBy', (SELECT json_build_object('table', tn.nspname || '.' || tc.relname, 'column', a.attname,
           'identity', d.deptype = 'i')
         FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
         JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
           AND d.deptype IN ('a', 'i') LIMIT 1),
      'acl', coalesce(c.relacl, acldefault('s', c.relowner))::text[],
      'comment', obj_description(c.oid, 'pg_class'))::text AS j
    FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid ${RELATION_JOIN}
    WHERE c.relkind = 'S' AND ${USER_NS} AND ${notInExtension('pg_class', 'c.oid')}`,

  // --- relations: tables, partitioned tables, foreign tables, views, matviews --
  relations: `
    SELECT json_build_object('schema', n.nspname, 'name', c.relname, 'relkind', c.relkind,
      'owner', pg_get_userbyid(c.relowner), 'persistence', c.relpersistence,
      'partitionKey', CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
      'partitionBound', CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
      'inherits', (SELECT json_agg(pn.nspname || '.' || pc.relname ORDER BY i.inhseqno)
         FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
         WHERE i.inhrelid = c.oid),
      'rowSecurity', c.relrowsecurity, 'forceRowSecurity', c.relforcerowsecurity,
      'replicaIdentity', c.relreplident,
      'accessMethod', (SELECT am.amname FROM pg_am am WHERE am.oid = c.relam AND am.amname <> 'heap' AND c.relkind IN ('r', 'm')),
      'options', NULLIF(coalesce(c.reloptions, '{}') || coalesce((SELECT array_agg('toast.' || x) FROM pg_class tc, unnest(tc.reloptions) x WHERE tc.oid = c.reltoastrelid), '{}'), '{}'), -- the TOAST table's as toast.name=value
      'definition', CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
      'acl', coalesce(c.relacl, acldefault('r', c.relowner))::text[],
      'comment', obj_description(c.oid, 'pg_class'))::text AS j
    FROM pg_class c ${RELATION_JOIN}
    WHERE ${USER_RELATION}`,

  // --- columns (keyed by name: column order is ignored) ----------------------
  columns: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', a.attname,
      'type', format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull,
      'notNullNotValid', CASE WHEN EXISTS (SELECT FROM pg_constraint k WHERE k.conrelid = c.oid
         AND k.contype = 'n' AND k.conkey[1] = a.attnum AND NOT k.convalidated) THEN true END,
      'default', pg_get_expr(d.adbin, d.adrelid),
      'identity', nullif(a.attidentity, ''), 'generated', nullif(a.attgenerated, ''),
      'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
        THEN a.attcollation::regcollation::text END,
      'storage', CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END,
      'compression', nullif(a.attcompression, ''),
      'statistics', CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END,
      'acl', a.attacl::text[],
      'comment', col_description(c.oid, a.attnum))::text AS j
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid ${RELATION_JOIN}
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND ${USER_RELATION}`,

  // --- table constraints (NOT NULL ones, catalogued since PG 18, are column facts) --
  constraints: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', k.conname,
      'definition', pg_get_constraintdef(k.oid), 'validated', k.convalidated,
      'comment', obj_description(k.oid, 'pg_constraint'))::text AS j
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid ${RELATION_JOIN}
    WHERE k.contype <> 'n' AND ${USER_RELATION}
      -- (a foreign key to a partitioned table has an internal copy per referenced partition, named by history)
      AND NOT (k.contype = 'f' AND k.conparentid <> 0
        AND EXISTS (SELECT FROM pg_constraint pk WHERE pk.oid = k.conparentid AND pk.conrelid = k.conrelid))`,

  // --- indexes (all of them, including those backing constraints) ------------
  indexes: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', ic.relname,
      'definition', pg_get_indexdef(i.indexrelid), 'valid', i.indisvalid, 'clustered', i.indisclustered, 'replicaIdentity', i.indisreplident,
      -- the partitioned index a partition's index is attached to
      'parent', (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent
         JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE h.inhrelid = i.indexrelid),
      'statistics', (SELECT json_object_agg(ia.attnum, ia.attstattarget) FROM pg_attribute ia
         WHERE ia.attrelid = i.indexrelid AND ia.attstattarget >= 0),
      'comment', obj_description(i.indexrelid, 'pg_class'))::text AS j
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid ${RELATION_JOIN}
    WHERE ${USER_RELATION}`,

  // --- triggers (user ones: not the internal FK triggers) --------------------
  triggers: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', g.tgname,
      'definition', pg_get_triggerdef(g.oid), 'enabled', g.tgenabled,
      'comment', obj_description(g.oid, 'pg_trigger'))::text AS j
    FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid ${RELATION_JOIN}
    WHERE NOT g.tgisinternal AND ${USER_RELATION}`,

  // --- row-level security policies -------------------------------------------
  policies: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', p.polname,
      'command', p.polcmd, 'permissive', p.polpermissive,
      'roles', (SELECT json_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END) FROM unnest(p.polroles) r),
      'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid),
      'comment', obj_description(p.oid, 'pg_policy'))::text AS j
    FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid ${RELATION_JOIN}
    WHERE ${USER_RELATION}`,

  // --- rewrite rules other than the ones that make views ---------------------
  rules: `
    SELECT json_build_object('schema', n.nspname, 'table', c.relname, 'name', r.rulename,
      'definition', pg_get_ruledef(r.oid), 'enabled', r.ev_enabled,
      'comment', obj_description(r.oid, 'pg_rewrite'))::text AS j
    FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class ${RELATION_JOIN}
    WHERE r.rulename <> '_RETURN' AND ${USER_RELATION}`,

  // --- functions, procedures, aggregates (keyed by name and identity arguments) --
  functions: `
    SELECT json_build_object('schema', n.nspname, 'name', p.proname,
      'args', pg_get_function_identity_arguments(p.oid), 'prokind', p.prokind,
      'owner', pg_get_userbyid(p.proowner),
      'definition', CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END,
      'aggregate', CASE WHEN p.prokind = 'a' THEN
        (SELECT json_build_object('arguments', pg_get_function_arguments(p.oid),
           'result', pg_get_function_result(p.oid),
           'transition', g.aggtransfn::regprocedure::text, 'state', format_type(g.aggtranstype, NULL),
           'final', CASE WHEN g.aggfinalfn::oid <> 0 THEN g.aggfinalfn::regprocedure::text END,
           'combine', CASE WHEN g.aggcombinefn::oid <> 0 THEN g.aggcombinefn::regprocedure::text END,
           'initial', g.agginitval, 'kind', g.aggkind, 'direct', g.aggnumdirectargs,
           'finalExtra', g.aggfinalextra, 'finalModify', g.aggfinalmodify)
         FROM pg_aggregate g WHERE g.aggfnoid = p.oid) END,
      'acl', coalesce(p.proacl, acldefault('f', p.proowner))::text[],
      'comment', obj_description(p.oid, 'pg_proc'))::text AS j
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE ${USER_NS} AND ${notInExtension('pg_proc', 'p.oid')}
      -- range and multirange constructors belong to their type
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
        AND d.refclassid = 'pg_type'::regclass AND d.deptype = 'i')`,

  // --- ALTER DEFAULT PRIVILEGES ----------------------------------------------
  defaultPrivileges: `
    SELECT json_build_object('role', pg_get_userbyid(d.defaclrole), 'schema', n.nspname,
      'objtype', d.defaclobjtype, 'acl', d.defaclacl::text[])::text AS j
    FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace`,

  // --- extended statistics objects (CREATE STATISTICS) ----------------------
  // the definition without its column list, which PostgreSQL prints in column order (and a column
  // added again comes last): the columns by name instead
  statistics: `
    SELECT json_build_object('schema', n.nspname, 'name', s.stxname,
      'definition', regexp_replace(pg_get_statisticsobjdef(s.oid), ' ON .* FROM ', ' ON … FROM '),
      'on', s.stxrelid::regclass::text, 'kinds', s.stxkind::text[],
      'columns', (SELECT array_agg(a.attname::text ORDER BY a.attname) FROM pg_attribute a WHERE a.attrelid = s.stxrelid AND a.attnum = ANY (s.stxkeys)),
      'expressions', pg_get_statisticsobjdef_expressions(s.oid),
      'owner', pg_get_userbyid(s.stxowner),
      'target', CASE WHEN s.stxstattarget >= 0 THEN s.stxstattarget END,
      'comment', obj_description(s.oid, 'pg_statistic_ext'))::text AS j
    FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
    WHERE ${USER_NS} AND ${notInExtension('pg_statistic_ext', 's.oid')}`,

  // --- operators, operator families and classes -----------------------------
  // shell operators (named as a commutator before they exist, never defined) have no function: left out
  operators: `
    SELECT json_build_object('schema', n.nspname, 'name', o.oprname,
      'left', CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END, 'right', format_type(o.oprright, NULL),
      'function', o.oprcode::regprocedure::text,
      'commutator', CASE WHEN o.oprcom <> 0 THEN o.oprcom::regoperator::text END,
      'negator', CASE WHEN o.oprnegate <> 0 THEN o.oprnegate::regoperator::text END,
      'restrict', CASE WHEN o.oprrest <> 0 THEN o.oprrest::regprocedure::text END,
      'join', CASE WHEN o.oprjoin <> 0 THEN o.oprjoin::regprocedure::text END,
      'hashes', o.oprcanhash, 'merges', o.oprcanmerge, 'owner', pg_get_userbyid(o.oprowner),
      'comment', obj_description(o.oid, 'pg_operator'))::text AS j
    FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
    WHERE o.oprcode <> 0 AND ${USER_NS} AND ${notInExtension('pg_operator', 'o.oid')}`,
  // every member, with the class it is bound to (pg_dump prints those inside CREATE OPERATOR CLASS)
  operatorFamilies: `
    SELECT json_build_object('schema', n.nspname, 'name', f.opfname, 'method', am.amname,
      'owner', pg_get_userbyid(f.opfowner), 'comment', obj_description(f.oid, 'pg_opfamily'),
      'members', coalesce((SELECT json_agg(m.m ORDER BY m.m) FROM (
        SELECT format('operator %s (%s, %s) %s%s%s', ao.amopstrategy, format_type(ao.amoplefttype, NULL),
          format_type(ao.amoprighttype, NULL), ao.amopopr::regoperator,
          CASE WHEN ao.amoppurpose = 'o' THEN ' for order by ' || (SELECT sf.opfname FROM pg_opfamily sf WHERE sf.oid = ao.amopsortfamily) ELSE '' END,
          coalesce(' in class ' || (SELECT c.opcname FROM pg_depend d JOIN pg_opclass c ON c.oid = d.refobjid
            WHERE d.classid = 'pg_amop'::regclass AND d.objid = ao.oid AND d.refclassid = 'pg_opclass'::regclass), '')) AS m
        FROM pg_amop ao WHERE ao.amopfamily = f.oid
        UNION ALL
        SELECT format('function %s (%s, %s) %s%s', ap.amprocnum, format_type(ap.amproclefttype, NULL),
          format_type(ap.amprocrighttype, NULL), ap.amproc::regprocedure,
          coalesce(' in class ' || (SELECT c.opcname FROM pg_depend d JOIN pg_opclass c ON c.oid = d.refobjid
            WHERE d.classid = 'pg_amproc'::regclass AND d.objid = ap.oid AND d.refclassid = 'pg_opclass'::regclass), ''))
        FROM pg_amproc ap WHERE ap.amprocfamily = f.oid) m), '[]'::json))::text AS j
    FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
    WHERE ${USER_NS} AND ${notInExtension('pg_opfamily', 'f.oid')}`,
  operatorClasses: `
    SELECT json_build_object('schema', n.nspname, 'name', c.opcname, 'method', am.amname,
      'type', format_type(c.opcintype, NULL), 'default', c.opcdefault, 'family', fn.nspname || '.' || f.opfname,
      'storage', CASE WHEN c.opckeytype <> 0 THEN format_type(c.opckeytype, NULL) END,
      'owner', pg_get_userbyid(c.opcowner), 'comment', obj_description(c.oid, 'pg_opclass'))::text AS j
    FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace JOIN pg_am am ON am.oid = c.opcmethod
      JOIN pg_opfamily f ON f.oid = c.opcfamily JOIN pg_namespace fn ON fn.oid = f.opfnamespace
    WHERE ${USER_NS} AND ${notInExtension('pg_opclass', 'c.oid')}`,

  // --- casts (database-wide): those created after initdb (oid from 16384), not an extension's, nor
  // the ones CREATE TYPE … AS RANGE makes internally (range → multirange) ----------------------------
  casts: `
    SELECT json_build_object('source', format_type(c.castsource, NULL), 'target', format_type(c.casttarget, NULL),
      'function', CASE WHEN c.castfunc <> 0 THEN c.castfunc::regprocedure::text END,
      'context', c.castcontext, 'method', c.castmethod,
      'comment', obj_description(c.oid, 'pg_cast'))::text AS j
    FROM pg_cast c
    WHERE c.oid >= 16384 AND ${notInExtension('pg_cast', 'c.oid')}
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_cast'::regclass AND d.objid = c.oid AND d.deptype = 'i')`,

  // --- event triggers (database-wide) ----------------------------------------
  // --- publications: options, member tables (column lists by name, row filters as PostgreSQL prints them), schemas ---
  publications: `
    SELECT json_build_object('name', p.pubname, 'owner', pg_get_userbyid(p.pubowner), 'allTables', p.puballtables,
      'insert', p.pubinsert, 'update', p.pubupdate, 'delete', p.pubdelete, 'truncate', p.pubtruncate, 'viaRoot', p.pubviaroot,
      'tables', (SELECT json_object_agg(n.nspname || '.' || c.relname, json_build_object(
                   'columns', (SELECT json_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a
                               WHERE a.attrelid = r.prrelid AND a.attnum = ANY (r.prattrs::int2[])),
                   'where', pg_get_expr(r.prqual, r.prrelid)) ORDER BY n.nspname, c.relname)
                 FROM pg_publication_rel r JOIN pg_class c ON c.oid = r.prrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE r.prpubid = p.oid),
      'schemas', (SELECT json_agg(n.nspname ORDER BY n.nspname) FROM pg_publication_namespace pn JOIN pg_namespace n ON n.oid = pn.pnnspid
                  WHERE pn.pnpubid = p.oid),
      'comment', obj_description(p.oid, 'pg_publication'))::text AS j
    FROM pg_publication p
    WHERE ${notInExtension('pg_publication', 'p.oid')}`,
  eventTriggers: `
    SELECT json_build_object('name', e.evtname, 'event', e.evtevent, 'function', e.evtfoid::regprocedure::text,
      'enabled', e.evtenabled, 'tags', e.evttags, 'owner', pg_get_userbyid(e.evtowner),
      'comment', obj_description(e.oid, 'pg_event_trigger'))::text AS j
    FROM pg_event_trigger e
    WHERE ${notInExtension('pg_event_trigger', 'e.oid')}`,
} as const;

export type QueryName = keyof typeof QUERIES;
