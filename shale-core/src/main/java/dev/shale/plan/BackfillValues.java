package dev.shale.plan;

import dev.shale.ShaleException;
import dev.shale.datamodel.Datamodel;
import dev.shale.datamodel.DefaultValue;
import dev.shale.datamodel.Model;
import dev.shale.datamodel.ScalarField;
import dev.shale.db.DatabaseKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values the plan fills columns with: the defaults the database can compute for a field whose
 * default only Prisma knows ({@code @default(uuid())}), then what the user gave with
 * {@code --backfill KEY=EXPR}, where KEY is {@code Model.field} or {@code table.column}.
 */
public final class BackfillValues {
    private BackfillValues() {}

    /**
     * The fill values: the database's equivalent of Prisma-only defaults, overridden by the user's
     * {@code KEY=EXPR} entries (a KEY naming a model and field is turned into its table and column).
     */
    public static Map<String, String> resolve(Optional<Datamodel> datamodel, DatabaseKind kind, List<String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        datamodel.ifPresent(dm -> out.putAll(prismaOnlyDefaults(dm, kind)));
        for (String entry : given) {
            int eq = entry.indexOf('=');
            int dot = entry.indexOf('.');
            if (eq <= 0 || dot <= 0 || dot > eq || eq == entry.length() - 1) {
                throw ShaleException.usage("--backfill `" + entry + "`: write Model.field=EXPRESSION (or table.column=EXPRESSION), "
                        + "e.g. --backfill 'User.slug=lower(\"email\")'");
            }
            String owner = entry.substring(0, dot);
            String field = entry.substring(dot + 1, eq);
            String expression = entry.substring(eq + 1).strip();
            out.put(columnKey(datamodel, owner, field), expression);
        }
        return out;
    }

    private static String columnKey(Optional<Datamodel> datamodel, String owner, String field) {
        if (datamodel.isPresent()) {
            Optional<Model> model = datamodel.get().findModel(owner);
            if (model.isPresent()) {
                Optional<ScalarField> f = model.get().scalarField(field);
                return model.get().tableName() + "." + f.map(ScalarField::columnName).orElse(field);
            }
        }
        return owner + "." + field;
    }

    /** {@code @default(uuid())} can be computed by PostgreSQL and MySQL; cuid(), nanoid() and ulid() cannot. */
    static Map<String, String> prismaOnlyDefaults(Datamodel dm, DatabaseKind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Model model : dm.models()) {
            for (ScalarField f : model.scalarFields()) {
                Optional<DefaultValue> d = f.defaultValue().map(fd -> fd.value());
                if (d.isPresent() && d.get() instanceof DefaultValue.Uuid) {
                    String expr = switch (kind) {
                        case POSTGRESQL -> "gen_random_uuid()";
                        case MYSQL -> "UUID()";
                        case SQLITE -> null;
                    };
                    if (expr != null) {
                        out.put(model.tableName() + "." + f.columnName(), expr);
                    }
                }
            }
        }
        return out;
    }
}
