package dev.shale.psl.validate;

import dev.shale.psl.ast.Attribute;
import java.util.List;

/** {@code @shardKey} / {@code @@shardKey([...])} (Prisma preview feature {@code shardKeys}). */
record ShardKeyInfo(Attribute attribute, List<ScalarFieldInfo> fields, ScalarFieldInfo sourceField) {
}
