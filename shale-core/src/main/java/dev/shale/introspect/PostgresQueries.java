package dev.shale.introspect;

/** The catalog queries of {@link PostgresIntrospector}: one per kind of object, for all tables at once. */
final class PostgresQueries {
    private PostgresQueries() {}

    static final String NAMESPACES = """
            SELECT nspname FROM pg_namespace WHERE nspname = ANY (?) ORDER BY nspname""";

    static final String RELATIONS = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, c.relispartition,
                   CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid) END AS viewdef
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            ORDER BY n.nspname, c.relname""";

    static final String COLUMNS = """
            SELECT a.attrelid, a.attname, a.attnotnull, a.atttypmod, a.attidentity, a.attgenerated,
                   t.typname, t.typtype, tn.nspname AS typns, t.typcategory,
                   et.typname AS elemname, et.typtype AS elemtype, etn.nspname AS elemns,
                   format_type(a.atttypid, a.atttypmod) AS fulltype,
                   pg_get_expr(d.adbin, d.adrelid) AS dflt,
                   CASE WHEN a.attidentity <> '' THEN
                     pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) END AS identseq
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
            LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype, con.confupdtype, con.confdeltype, con.conindid,
                   fn.nspname AS refns, fc.relname AS reftable, pg_get_constraintdef(con.oid) AS def,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS cols,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord) AS refcols
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE n.nspname = ANY (?) AND con.contype IN ('f', 'c', 'x')
            ORDER BY con.conrelid, con.conname""";

    static final String INDEXES = """
            SELECT i.indrelid, ic.relname AS indexname, i.indisunique, i.indisprimary, i.indnkeyatts,
                   am.amname, pg_get_expr(i.indpred, i.indrelid) AS predicate, i.indexprs IS NOT NULL AS hasexprs,
                   ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)
                         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num ORDER BY k.ord) AS cols,
                   i.indoption::int2[] AS options,
                   ARRAY(SELECT CASE WHEN oc.opcdefault THEN NULL ELSE oc.opcname END
                         FROM unnest(i.indclass::oid[]) WITH ORDINALITY k(o, ord)
                         JOIN pg_opclass oc ON oc.oid = k.o ORDER BY k.ord) AS opclasses,
                   EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid AND x.contype = 'x') AS exclusion
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            WHERE n.nspname = ANY (?)
            ORDER BY i.indrelid, ic.relname""";

    static final String ENUMS = """
            SELECT n.nspname, t.typname, e.enumlabel
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE n.nspname = ANY (?)
            ORDER BY n.nspname, t.typname, e.enumsortorder""";

    /** Sequences that no column owns (SERIAL and identity sequences belong to their column). */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                              AND d.deptype IN ('a', 'i', 'e'))
            ORDER BY n.nspname, c.relname""";

    static final String EXTENSIONS = """
            SELECT e.extname, n.nspname, e.extversion, e.extrelocatable
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname <> 'plpgsql'
            ORDER BY e.extname""";

    /** Objects Shale does not model: functions, triggers, domains, composite and range types. */
    static final String OPAQUE = """
            SELECT kind, nspname, name FROM (
              SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
                     n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = ANY (?)
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                AND d.deptype = 'e')
              UNION ALL
              SELECT 'trigger on table "' || c.relname || '"', n.nspname, t.tgname
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = ANY (?) AND NOT t.tgisinternal
              UNION ALL
              SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type' ELSE 'composite type' END,
                     n.nspname, t.typname
              FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
              WHERE n.nspname = ANY (?)
                AND (t.typtype IN ('d', 'r')
                     OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c')))
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                                AND d.deptype = 'e')
            ) o ORDER BY kind, nspname, name""";
}
