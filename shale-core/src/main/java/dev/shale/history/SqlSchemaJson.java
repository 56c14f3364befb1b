package dev.shale.history;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.sql.DefaultKind;
import dev.shale.sql.SqlSchema;
import dev.shale.sql.Value;

/**
 * A {@link SqlSchema} as JSON and back, for the history cache. Every type of {@code dev.shale.sql}
 * is a record, so Jackson reads and writes their components; the two sealed interfaces
 * ({@link Value}, {@link DefaultKind}) carry the record's name as {@code @type}.
 */
final class SqlSchemaJson {
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "@type")
    private interface Typed {}

    private static final ObjectMapper MAPPER = mapper();

    private SqlSchemaJson() {}

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        // Only the record components: helpers such as Column.isRequired() are not state.
        m.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        m.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        // Absent means null: a 5,000-table schema is about half the size without the nulls.
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        m.addMixIn(Value.class, Typed.class);
        m.addMixIn(DefaultKind.class, Typed.class);
        m.registerSubtypes(Value.class.getPermittedSubclasses());
        m.registerSubtypes(DefaultKind.class.getPermittedSubclasses());
        return m;
    }

    /** {@code value} (a schema, or a record holding one) as JSON. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema as JSON", e);
        }
    }

    /** {@code value} as UTF-8 JSON bytes. */
    static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema as JSON", e);
        }
    }

    /** The value of UTF-8 JSON bytes, or an exception when they are not one. */
    static <T> T read(byte[] json, Class<T> type) throws java.io.IOException {
        return MAPPER.readValue(json, type);
    }

    /** The value, or an exception when the text is not one. */
    static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }
}
