package dev.shale.psl.format;

import dev.shale.psl.ParsedFile;
import dev.shale.psl.ParsedSchema;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Field;
import dev.shale.psl.format.RelationIndex.Model;
import dev.shale.psl.format.RelationIndex.RelationField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@code prisma format} adds to a schema without errors before laying it out: the missing
 * side of a relation (a back-relation list or optional field, or a forward field with its
 * {@code @relation}), the missing relation scalar fields ({@code authorId}), a missing
 * {@code @relation(fields: ..., references: ...)} and its missing arguments. The additions are
 * text inserted into the original files (before a model's closing brace, after a field type,
 * inside an attribute's parentheses), which the layout then aligns.
 */
final class RelationFixups {
    private RelationFixups() {}

    /** An insertion into one file. */
    private record Insertion(int file, int position, String content) {}

    /** The text of every file with the additions, in file order (unchanged texts when nothing applies). */
    static List<String> apply(ParsedSchema schema) {
        List<String> texts = schema.files().stream().map(ParsedFile::source).map(s -> s.text()).toList();
        if (schema.hasErrors()) {
            return texts;
        }
        Optional<RelationIndex> index = RelationIndex.build(schema);
        if (index.isEmpty() || !FixupPreconditions.hold(schema, index.get())) {
            return texts;
        }
        List<RelationInference.InlineRelation> relations = RelationInference.inlineRelations(index.get());
        List<Insertion> insertions = new ArrayList<>();
        for (RelationInference.InlineRelation relation : relations) {
            missingRelationFields(relation, insertions);
            missingScalarFields(relation, index.get(), insertions);
        }
        for (RelationInference.InlineRelation relation : relations) {
            missingRelationAttribute(relation, schema, insertions);
        }
        for (RelationInference.InlineRelation relation : relations) {
            missingRelationArguments(relation, insertions);
        }
        if (insertions.isEmpty()) {
            return texts;
        }
        List<String> out = new ArrayList<>(texts);
        for (int file = 0; file < texts.size(); file++) {
            int f = file;
            List<Insertion> here = insertions.stream().filter(i -> i.file() == f)
                    .sorted(Comparator.comparingInt(Insertion::position)).toList();
            if (!here.isEmpty()) {
                out.set(file, insert(texts.get(file), here));
            }
        }
        return out;
    }

    private static String insert(String text, List<Insertion> insertions) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int last = 0;
        for (Insertion insertion : insertions) {
            out.append(text, last, insertion.position()).append(insertion.content());
            last = insertion.position();
        }
        return out.append(text.substring(last)).toString();
    }

    /** Before the closing brace of a model. */
    private static int beforeClosingBrace(Model model) {
        return model.block().span().end() - 1;
    }

    private static void missingRelationFields(RelationInference.InlineRelation relation, List<Insertion> out) {
        Model referencing = relation.referencing();
        Model referenced = relation.referenced();
        if (relation.back().isEmpty()) {
            String name = Inflector.camelCase(referencing.name());
            String arity = relation.oneToOne() ? "?" : "[]";
            String fieldName = relation.oneToOne() ? name : Inflector.plural(name);
            String ignore = referencing.ignored() ? "@ignore" : "";
            out.add(new Insertion(referenced.file(), beforeClosingBrace(referenced),
                    fieldName + " " + referencing.name() + arity + " " + ignore + "\n"));
        }
        if (relation.forward().isEmpty()) {
            String arity = arity(forwardArity(relation));
            String name = Inflector.camelCase(referenced.name());
            String fieldName = arity.equals("[]") ? Inflector.plural(name) : name;
            out.add(new Insertion(referencing.file(), beforeClosingBrace(referencing), fieldName + " " + referenced.name() + arity
                    + " @relation(" + fieldsArgument(relation) + ", " + referencesArgument(relation) + ")\n"));
        }
    }

    private static void missingScalarFields(RelationInference.InlineRelation relation, RelationIndex index, List<Insertion> out) {
        if (referencingFields(relation).isPresent()) {
            return;
        }
        Model referencing = relation.referencing();
        for (InferredField field : inferredFields(relation)) {
            if (referencing.scalarField(field.name()).isPresent()) {
                continue;
            }
            String type = field.blueprint().fieldType().name();
            if (field.blueprint().fieldType().unsupported() || !RelationIndex.SCALAR_TYPES.contains(type)) {
                return; // Prisma stops at the first field that is not a built-in scalar
            }
            String nativeType = index.nativeType(field.blueprint()).map(RelationFixups::sourceOf).orElse("");
            out.add(new Insertion(referencing.file(), beforeClosingBrace(referencing),
                    field.name() + " " + type + arity(field.arity()) + " " + nativeType + "\n"));
        }
    }

    private static String sourceOf(Attribute attribute) {
        return SchemaLayout.attribute(attribute, "@");
    }

    private static void missingRelationAttribute(RelationInference.InlineRelation relation, ParsedSchema schema, List<Insertion> out) {
        if (relation.forward().isEmpty() || relation.forward().get().relationAttribute().isPresent()) {
            return;
        }
        RelationField forward = relation.forward().get();
        String text = schema.files().get(forward.model().file()).source().text();
        int position = forward.field().fieldType().baseSpan().end();
        while (position < text.length() && "[]?!".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        out.add(new Insertion(forward.model().file(), position,
                " @relation(" + fieldsArgument(relation) + ", " + referencesArgument(relation) + ")"));
    }

    private static void missingRelationArguments(RelationInference.InlineRelation relation, List<Insertion> out) {
        if (relation.forward().isEmpty() || relation.forward().get().relationAttribute().isEmpty()) {
            return;
        }
        RelationField forward = relation.forward().get();
        Attribute attribute = forward.relationAttribute().get();
        List<String> extra = new ArrayList<>();
        if (forward.fields().isEmpty()) {
            extra.add(fieldsArgument(relation));
        }
        if (forward.references().isEmpty()) {
            extra.add(referencesArgument(relation));
        }
        String joined = String.join(", ", extra);
        // Prisma inserts even when nothing is missing: ", " before the closing parenthesis is a harmless trailing comma.
        if (attribute.arguments().arguments().isEmpty()) {
            out.add(new Insertion(forward.model().file(), attribute.span().end(), "(" + joined + ")"));
        } else {
            out.add(new Insertion(forward.model().file(), attribute.span().end() - 1, ", " + joined));
        }
    }

    /** A relation scalar field Prisma would add: {@code blogId} for the {@code id} of {@code Blog}. */
    private record InferredField(String name, Arity arity, Field blueprint) {}

    /** The relation scalar fields for the referenced model's first unique criterion. */
    private static List<InferredField> inferredFields(RelationInference.InlineRelation relation) {
        Model referenced = relation.referenced();
        List<List<String>> criteria = referenced.uniqueCriteria();
        if (criteria.isEmpty()) {
            return List.of();
        }
        List<InferredField> fields = new ArrayList<>();
        for (String fieldName : criteria.get(0)) {
            Field blueprint = referenced.scalarField(fieldName).orElseThrow();
            String name = Inflector.lowerFirst(referenced.name()) + Inflector.upperFirst(fieldName);
            Optional<Field> existing = relation.referencing().scalarField(name);
            Arity arity = existing.map(Field::arity)
                    .orElseGet(() -> relation.forward().map(RelationField::arity).orElse(Arity.OPTIONAL));
            fields.add(new InferredField(name, arity, existing.orElse(blueprint)));
        }
        return fields;
    }

    private static Arity forwardArity(RelationInference.InlineRelation relation) {
        if (relation.forward().isPresent()) {
            return relation.forward().get().arity();
        }
        return inferredFields(relation).stream().anyMatch(f -> f.arity() == Arity.OPTIONAL) ? Arity.OPTIONAL : Arity.REQUIRED;
    }

    private static Optional<List<String>> referencingFields(RelationInference.InlineRelation relation) {
        return relation.forward().flatMap(RelationField::fields);
    }

    private static String fieldsArgument(RelationInference.InlineRelation relation) {
        return "fields: [" + String.join(", ", inferredFields(relation).stream().map(InferredField::name).toList()) + "]";
    }

    private static String referencesArgument(RelationInference.InlineRelation relation) {
        List<String> names = relation.forward().flatMap(RelationField::references).orElseGet(() -> {
            for (List<String> criterion : relation.referenced().uniqueCriteria()) {
                boolean strict = criterion.stream().map(n -> relation.referenced().scalarField(n).orElseThrow())
                        .allMatch(f -> f.arity() != Arity.OPTIONAL && !f.fieldType().unsupported());
                if (strict) {
                    return criterion;
                }
            }
            return List.of();
        });
        return "references: [" + String.join(", ", names) + "]";
    }

    private static String arity(Arity arity) {
        return switch (arity) {
            case REQUIRED -> "";
            case OPTIONAL -> "?";
            case LIST -> "[]";
        };
    }
}
