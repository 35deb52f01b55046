package id.cermin.mirror.link;

import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.ChangeCodec;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.RowCodec;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What travels in one inbox entry: changes and the rows they carry, as JSON
 * ({@code {"changes": [...], "rows": {"table": [row, ...]}}}). Decoding checks every
 * table, column and value kind: an entry is data from outside, never trusted as it is.
 */
public record Payload(List<Change> changes, Map<MirroredTable, Map<String, Row>> rows) {

    public String encode() {
        JsonObjectBuilder byTable = Json.createObjectBuilder();
        for (Map.Entry<MirroredTable, Map<String, Row>> e : rows.entrySet()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            e.getValue().values().forEach(row -> list.add(RowCodec.encode(row)));
            byTable.add(e.getKey().sqlName(), list);
        }
        return Json.createObjectBuilder().add("changes", ChangeCodec.encode(changes)).add("rows", byTable).build()
                .toString();
    }

    /** The payload in {@code json}, its changes made by {@code origin}; fails on anything malformed. */
    public static Payload decode(String json, String origin) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a payload: " + e.getMessage(), e);
        }
        try {
            List<Change> changes = ChangeCodec.decode(object.getJsonArray("changes"), origin);
            Map<MirroredTable, Map<String, Row>> rows = new EnumMap<>(MirroredTable.class);
            for (Map.Entry<String, JsonValue> e : object.getJsonObject("rows").entrySet()) {
                MirroredTable table = MirroredTable.bySqlName(e.getKey())
                        .orElseThrow(() -> new IllegalArgumentException("Not a mirrored table: " + e.getKey()));
                Map<String, Row> byId = new LinkedHashMap<>();
                for (JsonValue value : e.getValue().asJsonArray()) {
                    Row row = RowCodec.decode(table, value.asJsonObject());
                    byId.put(row.id(), row);
                }
                rows.put(table, byId);
            }
            return new Payload(changes, rows);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("Not a payload: " + e.getMessage(), e);
        }
    }
}
