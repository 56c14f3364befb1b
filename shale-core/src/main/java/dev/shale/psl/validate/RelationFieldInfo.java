package dev.shale.psl.validate;

import dev.shale.datamodel.ReferentialAction;
import dev.shale.psl.Span;
import dev.shale.psl.ast.Arity;
import dev.shale.psl.ast.Attribute;
import dev.shale.psl.ast.Field;
import java.util.List;

/** A model field whose type is another model, with its {@code @relation} arguments. */
final class RelationFieldInfo implements FieldInfo {
    final ModelInfo model;
    final Field ast;
    final ModelInfo related;
    /** {@code fields:} as written (null when absent). */
    List<ScalarFieldInfo> fields;
    /** {@code references:} as written (null when absent). */
    List<ScalarFieldInfo> references;
    String explicitName;
    ReferentialAction onDelete;
    Span onDeleteSpan;
    ReferentialAction onUpdate;
    Span onUpdateSpan;
    String mappedName;
    boolean ignored;
    Attribute relationAttribute;
    RelationInfo relation;

    RelationFieldInfo(ModelInfo model, Field ast, ModelInfo related) {
        this.model = model;
        this.ast = ast;
        this.related = related;
    }

    @Override
    public Field ast() {
        return ast;
    }

    @Override
    public ModelInfo model() {
        return model;
    }

    /** The relation name: explicit, or {@code AToB} with the model names sorted. */
    String relationName() {
        if (explicitName != null) {
            return explicitName;
        }
        return generatedName(model.name(), related.name());
    }

    static String generatedName(String a, String b) {
        return a.compareTo(b) < 0 ? a + "To" + b : b + "To" + a;
    }

    boolean isRequired() {
        return ast.arity() == Arity.REQUIRED;
    }

    boolean isList() {
        return ast.arity() == Arity.LIST;
    }

    /** Required when any referencing scalar field is required, else the field's own arity (Prisma's referential arity). */
    Arity referentialArity() {
        if (fields != null) {
            for (ScalarFieldInfo field : fields) {
                if (field.isRequired()) {
                    return Arity.REQUIRED;
                }
            }
        }
        return ast.arity();
    }
}
