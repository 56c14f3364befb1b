package dev.shale.introspect;

import dev.shale.sql.ColumnType;
import dev.shale.sql.NativeType;
import dev.shale.sql.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A MySQL column type ({@code DATA_TYPE} and {@code COLUMN_TYPE}) as the Prisma native type it is. */
public final class MysqlTypes {
    private MysqlTypes() {}

    public static ColumnType map(String dataType, String columnType) {
        String d = dataType.toLowerCase(Locale.ROOT);
        String full = columnType.toLowerCase(Locale.ROOT);
        boolean unsigned = full.contains("unsigned");
        List<Integer> args = args(full);
        Integer first = args.isEmpty() ? null : args.get(0);
        return switch (d) {
            case "int" -> ColumnType.of(TypeFamily.INT, unsigned ? "UnsignedInt" : "Int");
            case "smallint" -> ColumnType.of(TypeFamily.INT, unsigned ? "UnsignedSmallInt" : "SmallInt");
            case "mediumint" -> ColumnType.of(TypeFamily.INT, unsigned ? "UnsignedMediumInt" : "MediumInt");
            case "tinyint" -> full.startsWith("tinyint(1)") && !unsigned ? ColumnType.of(TypeFamily.BOOLEAN, "TinyInt")
                    : ColumnType.of(TypeFamily.INT, unsigned ? "UnsignedTinyInt" : "TinyInt");
            case "bigint" -> ColumnType.of(TypeFamily.BIGINT, unsigned ? "UnsignedBigInt" : "BigInt");
            case "decimal" -> ColumnType.of(TypeFamily.DECIMAL, new NativeType("Decimal", args));
            case "float" -> ColumnType.of(TypeFamily.FLOAT, "Float");
            case "double" -> ColumnType.of(TypeFamily.FLOAT, "Double");
            case "bit" -> ColumnType.of(first != null && first == 1 ? TypeFamily.BOOLEAN : TypeFamily.BINARY, "Bit", first);
            case "char" -> ColumnType.of(TypeFamily.STRING, "Char", first);
            case "varchar" -> ColumnType.of(TypeFamily.STRING, "VarChar", first);
            case "tinytext" -> ColumnType.of(TypeFamily.STRING, "TinyText");
            case "text" -> ColumnType.of(TypeFamily.STRING, "Text");
            case "mediumtext" -> ColumnType.of(TypeFamily.STRING, "MediumText");
            case "longtext" -> ColumnType.of(TypeFamily.STRING, "LongText");
            case "binary" -> ColumnType.of(TypeFamily.BINARY, "Binary", first);
            case "varbinary" -> ColumnType.of(TypeFamily.BINARY, "VarBinary", first);
            case "tinyblob" -> ColumnType.of(TypeFamily.BINARY, "TinyBlob");
            case "blob" -> ColumnType.of(TypeFamily.BINARY, "Blob");
            case "mediumblob" -> ColumnType.of(TypeFamily.BINARY, "MediumBlob");
            case "longblob" -> ColumnType.of(TypeFamily.BINARY, "LongBlob");
            case "date" -> ColumnType.of(TypeFamily.DATETIME, "Date");
            case "time" -> ColumnType.of(TypeFamily.DATETIME, new NativeType("Time", args));
            case "datetime" -> ColumnType.of(TypeFamily.DATETIME, new NativeType("DateTime", args));
            case "timestamp" -> ColumnType.of(TypeFamily.DATETIME, new NativeType("Timestamp", args));
            case "year" -> ColumnType.of(TypeFamily.INT, "Year");
            case "json" -> ColumnType.of(TypeFamily.JSON, "Json");
            default -> ColumnType.unsupported(columnType);
        };
    }

    /** The numbers in the first parentheses of a column type: {@code decimal(65,30)} gives [65, 30]. */
    private static List<Integer> args(String columnType) {
        List<Integer> out = new ArrayList<>();
        int open = columnType.indexOf('(');
        int close = columnType.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return out;
        }
        for (String part : columnType.substring(open + 1, close).split(",")) {
            try {
                out.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                return new ArrayList<>();
            }
        }
        return out;
    }

    /** {@code enum('a','it''s')} gives [a, it's]. */
    static List<String> enumValues(String columnType) {
        List<String> values = new ArrayList<>();
        String body = columnType.substring(columnType.indexOf('(') + 1, columnType.lastIndexOf(')'));
        int i = 0;
        while (i < body.length()) {
            if (body.charAt(i) != '\'') {
                i++;
                continue;
            }
            StringBuilder sb = new StringBuilder();
            i++;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                    sb.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    sb.append(c);
                    i++;
                }
            }
            values.add(sb.toString());
        }
        return values;
    }
}
