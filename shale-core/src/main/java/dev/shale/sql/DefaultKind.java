package dev.shale.sql;

/** What a column default is. */
public sealed interface DefaultKind {

    /** A constant value ({@code DEFAULT 'x'}, {@code DEFAULT 0}, {@code DEFAULT ARRAY[...]}). */
    record Literal(Value value) implements DefaultKind {
        public Literal {
            if (value == null) {
                throw new IllegalArgumentException("a literal default needs a value");
            }
        }
    }

    /** {@code now()} in Prisma: {@code CURRENT_TIMESTAMP} in the database. */
    record Now() implements DefaultKind {}

    /**
     * An expression the database evaluates ({@code dbgenerated("gen_random_uuid()")}), as the
     * database spells it; {@code null} for {@code dbgenerated()} without an argument, which
     * renders no DEFAULT at all.
     */
    record DbGenerated(String expression) implements DefaultKind {}

    /** The next value of a sequence (PostgreSQL {@code nextval('"T_id_seq"'::regclass)} of a SERIAL column). */
    record SequenceNext(String sequenceName) implements DefaultKind {}
}
