package id.cermin.mirror.schema;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A mirrored row as a JSON object (column to value) and back, exactly: money and
 * quantities as exact numbers, times as ISO local date-times (UTC, as stored), and back
 * into the very Java types a database read gives ({@link ColumnType}), so a decoded row
 * compares equal to the same row read from a table.
 */
public final class RowCodec {

    private RowCodec() {
    }

    public static JsonObject encode(Row row) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        List<String> columns = row.table().columns();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row.valueAt(i);
            String column = columns.get(i);
            if (value == null) {
                json.addNull(column);
            } else if (value instanceof Boolean b) {
                json.add(column, b);
            } else if (value instanceof Long l) {
                json.add(column, l);
            } else if (value instanceof Integer n) {
                json.add(column, n);
            } else if (value instanceof BigDecimal d) {
                json.add(column, d);
            } else {
                json.add(column, value.toString());
            }
        }
        return json.build();
    }

    /** The row of {@code table} in {@code json}; fails on a missing column or a value of the wrong kind. */
    public static Row decode(MirroredTable table, JsonObject json) {
        List<String> columns = table.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (!json.containsKey(column)) {
                throw new IllegalArgumentException(table.sqlName() + " row without " + column);
            }
            values[i] = value(table.types().get(i), json.get(column), table.sqlName() + "." + column);
        }
        return new Row(table, values);
    }

    private static Object value(ColumnType type, JsonValue json, String where) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return switch (type) {
                case TEXT -> ((JsonString) json).getString();
                case LONG -> ((JsonNumber) json).longValueExact();
                case INT -> ((JsonNumber) json).intValueExact();
                case DECIMAL -> ((JsonNumber) json).bigDecimalValue();
                case BOOL -> json.getValueType() == JsonValue.ValueType.TRUE ? Boolean.TRUE
                        : json.getValueType() == JsonValue.ValueType.FALSE ? Boolean.FALSE : fail(where);
                case TIME -> LocalDateTime.parse(((JsonString) json).getString());
            };
        } catch (ClassCastException | ArithmeticException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Not a " + type + " value for " + where + ": " + json, e);
        }
    }

    private static Boolean fail(String where) {
        throw new IllegalArgumentException("Not a boolean value for " + where);
    }
}
