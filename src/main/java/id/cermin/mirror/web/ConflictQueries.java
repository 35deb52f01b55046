package id.cermin.mirror.web;

import id.cermin.web.Format;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads {@code mirror_conflict}, newest first, and lays the winning and losing rows
 * (stored as flat JSON objects) side by side for "Konflik sinkronisasi".
 */
@ApplicationScoped
public class ConflictQueries {

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM mirror_conflict");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the mirror conflicts", e);
        }
    }

    public List<ConflictView> newest(int limit) {
        List<ConflictView> conflicts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT table_name, row_id, detected_at, winner_version,"
                     + " winner_origin, winner_values, loser_version, loser_origin, loser_values, origin_node"
                     + " FROM mirror_conflict ORDER BY detected_at DESC, id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    conflicts.add(new ConflictView(rs.getString(1), rs.getString(2),
                            MirrorStatusQueries.instant(rs, 3), rs.getLong(4), rs.getString(5), rs.getLong(7),
                            rs.getString(8), rs.getString(10), fields(rs.getString(6), rs.getString(9))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mirror conflicts", e);
        }
        return conflicts;
    }

    /** The mirror's own bookkeeping, the same kind of value on both sides and nothing the owner edits. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "created_at", "updated_at", "row_version",
            "origin_node");

    /**
     * Every column of either row the owner edits, in the winner's order, with both values as
     * text (null when SQL NULL).
     */
    static List<ConflictView.Field> fields(String winnerJson, String loserJson) {
        JsonObject winner = object(winnerJson);
        JsonObject loser = object(loserJson);
        Set<String> columns = new LinkedHashSet<>(winner.keySet());
        columns.addAll(loser.keySet());
        List<ConflictView.Field> fields = new ArrayList<>();
        columns.removeAll(BOOKKEEPING);
        for (String column : columns) {
            String w = readable(column, text(winner.get(column)));
            String l = readable(column, text(loser.get(column)));
            fields.add(new ConflictView.Field(column, w, l, !Objects.equals(w, l)));
        }
        return fields;
    }

    /** Times in Jakarta time, quantities as the rest of the app writes them (2,5 not 2.500). */
    static String readable(String column, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (column.endsWith("_at")) {
                return Format.dateTime(java.time.LocalDateTime.parse(value.replace(' ', 'T'))
                        .toInstant(java.time.ZoneOffset.UTC));
            }
            if (value.matches("-?\\d+\\.\\d+")) {
                return Format.quantity(new java.math.BigDecimal(value));
            }
        } catch (RuntimeException e) {
            return value;
        }
        return value;
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Json.createObjectBuilder().add("?", json).build();
        }
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
