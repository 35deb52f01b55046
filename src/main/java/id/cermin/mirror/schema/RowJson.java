package id.cermin.mirror.schema;

import java.util.List;

/**
 * A row as a flat JSON object (column to value), for the conflict record. Secrets
 * (password hashes) are left out: the owner needs to see what differed, not the hash.
 */
public final class RowJson {

    private RowJson() {
    }

    public static String of(List<String> columns, Object[] values) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (column.equals("password_hash")) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, column).append(':');
            Object v = values[i];
            if (v == null) {
                json.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                json.append(v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString());
            } else {
                quote(json, v.toString());
            }
        }
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"');
    }
}
