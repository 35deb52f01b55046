package id.cermin.mirror.capture;

import id.cermin.mirror.schema.MirroredTable;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes as a compact JSON array of {@code [seq, conn, table, rowId, op, baseVersion]}
 * and back: how a batch travels in a message and how a held group keeps what it was.
 * The origin is not written: the receiver knows whose changes they are.
 */
public final class ChangeCodec {

    private ChangeCodec() {
    }

    public static JsonArray encode(List<Change> changes) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Change ch : changes) {
            JsonArrayBuilder one = Json.createArrayBuilder().add(ch.seq()).add(ch.conn()).add(ch.table().sqlName())
                    .add(ch.rowId()).add(String.valueOf(ch.op()));
            if (ch.baseVersion() == null) {
                one.addNull();
            } else {
                one.add(ch.baseVersion());
            }
            all.add(one);
        }
        return all.build();
    }

    /** The changes in {@code json}, each with {@code origin}; fails on anything that is not a change. */
    public static List<Change> decode(JsonArray json, String origin) {
        List<Change> changes = new ArrayList<>();
        for (JsonValue value : json) {
            JsonArray ch = value.asJsonArray();
            MirroredTable table = MirroredTable.bySqlName(ch.getString(2))
                    .orElseThrow(() -> new IllegalArgumentException("Not a mirrored table: " + ch.getString(2)));
            String op = ch.getString(4);
            if (!op.equals("I") && !op.equals("U") && !op.equals("D")) {
                throw new IllegalArgumentException("Not a change kind: " + op);
            }
            String rowId = ch.getString(3);
            if (rowId.length() > 36) {
                throw new IllegalArgumentException("Not a key: " + rowId);
            }
            Long base = ch.isNull(5) ? null : ch.getJsonNumber(5).longValueExact();
            changes.add(new Change(ch.getJsonNumber(0).longValueExact(), ch.getJsonNumber(1).longValueExact(), table,
                    rowId, op.charAt(0), base, origin));
        }
        return changes;
    }
}
