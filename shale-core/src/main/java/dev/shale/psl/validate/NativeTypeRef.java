package dev.shale.psl.validate;

import dev.shale.psl.Span;
import dev.shale.psl.ast.Attribute;
import java.util.List;

/**
 * A native type attribute as written: {@code @db.VarChar(255)} is scope {@code db}, name
 * {@code VarChar}, arguments {@code ["255"]} (each argument as Prisma prints it).
 */
record NativeTypeRef(String scope, String name, List<String> arguments, Attribute attribute) {
    Span span() {
        return attribute.span();
    }
}
