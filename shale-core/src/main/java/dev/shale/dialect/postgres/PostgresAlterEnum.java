package dev.shale.dialect.postgres;

import static dev.shale.dialect.Sql.dq;

import dev.shale.dialect.Sql;
import dev.shale.diff.AlterEnum;
import dev.shale.diff.ColumnUsage;
import dev.shale.diff.EnumDefaultUsage;
import dev.shale.sql.Arity;
import java.util.ArrayList;
import java.util.List;

/**
 * Enum changes. Added values are {@code ALTER TYPE ... ADD VALUE}; PostgreSQL cannot drop a value,
 * so a removal recreates the type in one transaction: new type, columns cast to it, old type
 * renamed away and dropped, defaults put back.
 */
final class PostgresAlterEnum {
    /** Prisma's note above several ADD VALUE statements (PostgreSQL 11 allows one per transaction). */
    private static final String SEVERAL_VALUES = """
            -- This migration adds more than one value to an enum.
            -- With PostgreSQL versions 11 and earlier, this is not possible
            -- in a single migration. This can be worked around by creating
            -- multiple migrations, each migration adding only one value to
            -- the enum.
            """;

    private final PostgresNames names;
    private final PostgresTypes types;

    PostgresAlterEnum(PostgresNames names, PostgresTypes types) {
        this.names = names;
        this.types = types;
    }

    List<String> render(AlterEnum step) {
        if (step.removedValues().isEmpty()) {
            List<String> out = new ArrayList<>();
            for (String value : step.addedValues()) {
                out.add("ALTER TYPE " + names.qualified(step.from().namespace(), step.from().name()) + " ADD VALUE " + Sql.stringLiteral(value));
            }
            if (out.size() > 1) {
                out.set(0, SEVERAL_VALUES + "\n\n" + out.get(0));
            }
            return out;
        }
        String newName = step.to().name() + "_new";
        String tmp = names.qualified(step.to().namespace(), newName);
        String oldName = step.from().name() + "_old";
        List<String> out = new ArrayList<>();
        out.add("BEGIN");
        out.add("CREATE TYPE " + tmp + " AS ENUM (" + Sql.join(step.to().values(), ", ", Sql::stringLiteral) + ")");
        for (EnumDefaultUsage u : step.previousDefaultUsages()) {
            out.add("ALTER TABLE " + PostgresNames.raw(u.previousTable().namespace(), u.previousTable().name())
                    + " ALTER COLUMN " + dq(u.previousColumn().name()) + " DROP DEFAULT");
        }
        for (ColumnUsage c : step.nextColumns()) {
            String array = c.column().arity() == Arity.LIST ? "[]" : "";
            String column = dq(c.column().name());
            out.add("ALTER TABLE " + names.qualified(c.table().namespace(), c.table().name()) + " ALTER COLUMN " + column
                    + " TYPE " + tmp + array + " USING (" + column + "::text::" + tmp + array + ")");
        }
        for (ColumnUsage c : step.releasedColumns()) {
            // A column the migration drops or retypes later must not hold the old type when it is dropped.
            String array = c.column().arity() == Arity.LIST ? "[]" : "";
            String column = dq(c.column().name());
            out.add("ALTER TABLE " + names.qualified(c.table().namespace(), c.table().name()) + " ALTER COLUMN " + column
                    + " TYPE TEXT" + array + " USING (" + column + "::text" + array + ")");
        }
        out.add("ALTER TYPE " + names.qualified(step.from().namespace(), step.from().name()) + " RENAME TO " + dq(oldName));
        out.add("ALTER TYPE " + tmp + " RENAME TO " + dq(step.to().name()));
        out.add("DROP TYPE " + PostgresNames.raw(step.from().namespace(), oldName));
        for (EnumDefaultUsage u : step.previousDefaultUsages()) {
            if (u.nextColumn() == null || u.nextColumn().defaultValue() == null) {
                continue;
            }
            String type = types.columnType(u.nextColumn());
            out.add("ALTER TABLE " + names.qualified(u.previousTable().namespace(), u.previousTable().name())
                    + " ALTER COLUMN " + dq(u.previousColumn().name()) + " SET DEFAULT "
                    + types.defaultExpression(u.nextColumn().defaultValue(), type));
        }
        out.add("COMMIT");
        return out;
    }
}
