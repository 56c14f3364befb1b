package dev.shale.sql.calc;

import dev.shale.datamodel.Datamodel;
import dev.shale.datamodel.Provider;
import dev.shale.db.DatabaseKind;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.validate.ValidationResult;
import dev.shale.sql.SqlSchema;

/** Test helper: Prisma schema text to its calculated database. */
public final class Schemas {
    private Schemas() {}

    public static Datamodel datamodel(String text) {
        ValidationResult r = Psl.validate(java.util.List.of(new SourceFile("schema.prisma", text)));
        return r.datamodel().orElseThrow(() -> new AssertionError("invalid schema: " + r.diagnostics() + "\n" + text));
    }

    /** The database of the schema; a schema without datasource is calculated for {@code kind}. */
    public static CalculatedSchema calculate(String text, DatabaseKind kind) {
        Datamodel dm = datamodel(text);
        Provider provider = dm.datasource().isPresent() ? dm.provider() : switch (kind) {
            case POSTGRESQL -> Provider.POSTGRESQL;
            case MYSQL -> Provider.MYSQL;
            case SQLITE -> Provider.SQLITE;
        };
        return SqlSchemaCalculator.calculate(dm, provider, "public");
    }

    public static SqlSchema sql(String text, DatabaseKind kind) {
        return calculate(text, kind).schema();
    }
}
