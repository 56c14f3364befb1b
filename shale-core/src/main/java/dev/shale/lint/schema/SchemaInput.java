package dev.shale.lint.schema;

import dev.shale.lint.Position;
import dev.shale.psl.ParsedFile;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.Span;
import dev.shale.psl.ast.ArrayExpression;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.ConstantValue;
import dev.shale.psl.ast.EnumBlock;
import dev.shale.psl.ast.Expression;
import dev.shale.psl.ast.Field;
import dev.shale.psl.ast.ModelBlock;
import dev.shale.psl.ast.StringLiteral;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema as the lint rules read it: the parsed files with their positions, and the few
 * resolved facts the rules need (which field types are models, a relation's scalar fields, its
 * onDelete, the indexes of a model). It reads the syntax tree of {@code dev.shale.psl}; when the
 * validated datamodel gets an entry point from schema text, these facts can come from it instead.
 */
public final class SchemaInput {
    private final ParsedSchema parsed;
    private final List<ModelBlock> models = new ArrayList<>();
    private final List<EnumBlock> enums = new ArrayList<>();
    private final Set<String> modelNames = new HashSet<>();
    private final Set<String> enumNames = new HashSet<>();

    public SchemaInput(ParsedSchema parsed) {
        this.parsed = parsed;
        for (ParsedFile file : parsed.files()) {
            for (ModelBlock m : file.ast().models()) {
                if (!m.view()) {
                    models.add(m);
                    modelNames.add(m.name().name());
                }
            }
            for (EnumBlock e : file.ast().enums()) {
                enums.add(e);
                enumNames.add(e.name().name());
            }
        }
    }

    public ParsedSchema parsed() {
        return parsed;
    }

    public List<ModelBlock> models() {
        return List.copyOf(models);
    }

    public List<EnumBlock> enums() {
        return List.copyOf(enums);
    }

    public Optional<ModelBlock> model(String name) {
        return models.stream().filter(m -> m.name().name().equals(name)).findFirst();
    }

    public static Position position(Span span) {
        return new Position(span.file(), span.line(), span.column());
    }

    /** A field whose type is a model: one side of a relation. */
    public boolean isRelationField(Field f) {
        return f.isValid() && !f.fieldType().unsupported() && modelNames.contains(f.fieldType().name());
    }

    public boolean isEnumField(Field f) {
        return f.isValid() && enumNames.contains(f.fieldType().name());
    }

    /** A relation field that holds the foreign key: it has {@code @relation(fields: [...])}. */
    public static List<String> relationScalars(Field f) {
        return f.attribute("relation").flatMap(a -> a.arguments().named("fields")).map(SchemaInput::names)
                .orElse(List.of());
    }

    /** The explicit {@code onDelete} of a relation, if written. */
    public static Optional<String> onDelete(Field f) {
        return f.attribute("relation").flatMap(a -> a.arguments().named("onDelete")).map(SchemaInput::constant);
    }

    /** An index, unique or primary key of a model, by field names in order. */
    public record ModelIndex(String kind, List<String> fields, Span span) {}

    /** Every index, unique constraint and primary key, field-level ({@code @id}, {@code @unique}) and block-level. */
    public static List<ModelIndex> indexes(ModelBlock model) {
        List<ModelIndex> out = new ArrayList<>();
        for (Field f : model.fields()) {
            for (Attribute a : f.attributes()) {
                if (a.name().name().equals("id") || a.name().name().equals("unique")) {
                    out.add(new ModelIndex(a.name().name(), List.of(f.name().name()), a.span()));
                }
            }
        }
        for (Attribute a : model.attributes()) {
            String name = a.name().name();
            if (name.equals("index") || name.equals("unique") || name.equals("id")) {
                Optional<Expression> fields = a.arguments().named("fields").or(() -> a.arguments().positional(0));
                fields.map(SchemaInput::names).filter(l -> !l.isEmpty())
                        .ifPresent(l -> out.add(new ModelIndex(name, l, a.span())));
            }
        }
        return out;
    }

    /** Field names of {@code [a, b(sort: Desc)]}. */
    static List<String> names(Expression e) {
        List<String> out = new ArrayList<>();
        if (e instanceof ArrayExpression array) {
            for (Expression element : array.elements()) {
                String name = constant(element);
                if (name != null) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    static String constant(Expression e) {
        if (e instanceof ConstantValue c) {
            return c.name();
        }
        if (e instanceof dev.shale.psl.ast.FunctionCall call) {
            return call.name().name();
        }
        if (e instanceof StringLiteral s) {
            return s.value();
        }
        return null;
    }

    /** The table a model maps to: {@code @@map("...")} or its name. */
    public static String tableName(ModelBlock model) {
        return model.attributes().stream().filter(a -> a.name().name().equals("map")).findFirst()
                .flatMap(a -> a.arguments().named("name").or(() -> a.arguments().positional(0)))
                .map(SchemaInput::constant).orElse(model.name().name());
    }

    /** The column a field maps to: {@code @map("...")} or its name. */
    public static String columnName(Field f) {
        return f.attribute("map").flatMap(a -> a.arguments().named("name").or(() -> a.arguments().positional(0)))
                .map(SchemaInput::constant).orElse(f.name().name());
    }
}
