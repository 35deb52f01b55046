package id.cermin.catalog;

import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Categories over HTTP, and the CSRF rule on a real form: no token, no change. */
class CategoryHttpIT {

    private static WebSession admin;

    @BeforeAll
    static void logIn() {
        admin = WebSession.loggedIn(ItServer.baseUrl(), "admin", "admin123");
        admin.get("/kategori");
    }

    @Test
    void addEditAndDeleteAnUnusedCategory() throws SQLException {
        assertEquals(302, admin.post("/kategori/simpan", Map.of("name", "Alat Taman")).statusCode());
        String id = idOf("Alat Taman");
        assertEquals(302, admin.post("/kategori/simpan", Map.of("id", id, "name", "Alat Kebun")).statusCode());
        assertEquals(id, idOf("Alat Kebun"));
        assertEquals(302, admin.post("/kategori/arsipkan", Map.of("id", id)).statusCode());
        assertNull(idOf("Alat Kebun"), "archived, gone from the active list");
        assertTrue(admin.get("/kategori").body().contains("Dihapus: Alat Kebun"));
    }

    @Test
    void categoryWithProductsIsNotDeleted() throws SQLException {
        String id = idOf("Semen & Mortar");
        admin.get("/kategori");
        admin.post("/kategori/arsipkan", Map.of("id", id));
        assertEquals(id, idOf("Semen & Mortar"), "still active");
        assertTrue(admin.get("/kategori").body().contains("Kategori masih dipakai barang aktif"));
    }

    @Test
    void duplicateOrEmptyNameIsRefused() throws SQLException {
        HttpResponse<String> duplicate = admin.post("/kategori/simpan", Map.of("name", "semen & mortar"));
        assertEquals(200, duplicate.statusCode());
        assertTrue(duplicate.body().contains("Kategori dengan nama ini sudah ada"));
        HttpResponse<String> empty = admin.post("/kategori/simpan", Map.of("name", "   "));
        assertTrue(empty.body().contains("Wajib diisi"));
    }

    @Test
    void postWithoutOrWithWrongCsrfTokenChangesNothing() throws SQLException {
        HttpResponse<String> none = admin.postRaw("/kategori/simpan", Map.of("name", "Tanpa Token"));
        assertEquals(403, none.statusCode());
        HttpResponse<String> wrong = admin.postRaw("/kategori/simpan", Map.of("name", "Tanpa Token", "_csrf", "palsu"));
        assertEquals(403, wrong.statusCode());
        assertNull(idOf("Tanpa Token"));
        String semen = idOf("Semen & Mortar");
        assertEquals(403, admin.postRaw("/kategori/arsipkan", Map.of("id", semen)).statusCode());
    }

    private static String idOf(String name) throws SQLException {
        try (Connection c = ItDatabase.connect(ItServer.DATABASE);
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id FROM category WHERE name = ? AND archived_at IS NULL")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
