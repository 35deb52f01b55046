package id.cermin.web;

import id.cermin.testing.HubUsers;
import id.cermin.testing.ItServer;
import id.cermin.testing.Routes;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route of the application for every role: one table, route by route, of what the
 * owner, an admin, a cashier and a visitor without login get. A route added without its
 * line in the table fails {@link #everyRouteIsInTheTable} (routes are found from the
 * {@code @WebServlet} annotations and {@code web.xml}, see {@link Routes}).
 */
class AccessMatrixHttpIT {

    /**
     * pattern | method | path | owner | admin | kasir | visitor. A status, {@code login} (a
     * redirect to the login page) or {@code -} (not tried: a visitor has no form token).
     * POSTs carry the session's form token and nothing else, so they change nothing.
     */
    static final String TABLE = """
            ""                     | GET  | /                               | 200 | 200 | 200 | login
            /login                 | GET  | /login                          | 302 | 302 | 302 | 200
            /logout                | GET  | /logout                         | 200 | 200 | 200 | 200
            /setup                 | GET  | /setup                          | 200 | 200 | 200 | 200
            /setup                 | POST | /setup                          | 403 | 403 | 403 | -
            /health                | GET  | /health                         | 200 | 200 | 200 | 200
            /kasir                 | GET  | /kasir                          | 200 | 200 | 200 | login
            /kasir/*               | GET  | /kasir/cari?q=semen             | 200 | 200 | 200 | login
            /kasir/*               | GET  | /kasir/katalog                  | 200 | 200 | 200 | login
            /kasir/*               | GET  | /kasir/nota?id=tidak-ada        | 404 | 404 | 404 | login
            /kasir/*               | POST | /kasir/bayar                    | 422 | 422 | 422 | login
            /barang                | GET  | /barang                         | 200 | 200 | 403 | login
            /barang                | GET  | /barang?arsip=1                 | 200 | 200 | 403 | login
            /barang/*              | GET  | /barang/baru                    | 200 | 200 | 403 | login
            /barang/*              | GET  | /barang/edit?id=tidak-ada       | 404 | 404 | 403 | login
            /barang/*              | POST | /barang/simpan                  | 200 | 200 | 403 | login
            /barang/*              | POST | /barang/arsipkan                | 302 | 302 | 403 | login
            /barang/*              | POST | /barang/pulihkan                | 302 | 302 | 403 | login
            /kategori              | GET  | /kategori                       | 200 | 200 | 403 | login
            /kategori/*            | GET  | /kategori/edit?id=tidak-ada     | 404 | 404 | 403 | login
            /kategori/*            | POST | /kategori/simpan                | 200 | 200 | 403 | login
            /kategori/*            | POST | /kategori/arsipkan              | 302 | 302 | 403 | login
            /satuan                | GET  | /satuan                         | 200 | 200 | 403 | login
            /satuan/*              | POST | /satuan/simpan                  | 302 | 302 | 403 | login
            /satuan/*              | POST | /satuan/arsipkan                | 302 | 302 | 403 | login
            /barang-masuk          | GET  | /barang-masuk                   | 200 | 200 | 403 | login
            /barang-masuk/*        | GET  | /barang-masuk/cari?q=semen      | 200 | 200 | 403 | login
            /barang-masuk/*        | POST | /barang-masuk/simpan            | 422 | 422 | 403 | login
            /laporan/keluar        | GET  | /laporan/keluar                 | 200 | 200 | 403 | login
            /laporan/keluar/*      | GET  | /laporan/keluar/csv             | 200 | 200 | 403 | login
            /laporan/keluar/*      | GET  | /laporan/keluar/detail?id=x     | 404 | 404 | 403 | login
            /laporan/keluar/*      | POST | /laporan/keluar/batal           | 302 | 302 | 403 | login
            /laporan/masuk         | GET  | /laporan/masuk                  | 200 | 200 | 403 | login
            /laporan/masuk/*       | GET  | /laporan/masuk/csv              | 200 | 200 | 403 | login
            /laporan/masuk/*       | GET  | /laporan/masuk/detail?id=x      | 404 | 404 | 403 | login
            /laporan/masuk/*       | POST | /laporan/masuk/batal            | 302 | 302 | 403 | login
            /pengguna              | GET  | /pengguna                       | 200 | 403 | 403 | login
            /pengguna/*            | GET  | /pengguna/baru                  | 302 | 403 | 403 | login
            /pengguna/*            | GET  | /pengguna/edit?id=tidak-ada     | 302 | 403 | 403 | login
            /pengguna/*            | POST | /pengguna/simpan                | 302 | 403 | 403 | login
            /pengguna/*            | POST | /pengguna/arsipkan              | 302 | 403 | 403 | login
            /pengguna/*            | POST | /pengguna/pulihkan              | 302 | 403 | 403 | login
            /pengaturan            | GET  | /pengaturan                     | 200 | 403 | 403 | login
            /pengaturan            | POST | /pengaturan                     | 200 | 403 | 403 | login
            /sync                  | POST | /sync                           | 302 | 302 | 403 | login
            /api/mirror/status     | GET  | /api/mirror/status              | 200 | 200 | 403 | login
            /sinkronisasi          | GET  | /sinkronisasi                   | 200 | 200 | 403 | login
            /sinkronisasi/*        | GET  | /sinkronisasi/konflik           | 200 | 200 | 403 | login
            /sinkronisasi/periksa  | POST | /sinkronisasi/periksa           | 200 | 200 | 403 | login
            /sinkronisasi/perbaiki | POST | /sinkronisasi/perbaiki          | 200 | 200 | 403 | login
            /sinkronisasi/perbedaan | GET | /sinkronisasi/perbedaan         | 200 | 200 | 403 | login
            /sinkronisasi/perbedaan | POST | /sinkronisasi/perbedaan        | 302 | 302 | 403 | login
            /api/mirror/run        | GET  | /api/mirror/run?ticket=1        | 200 | 200 | 403 | login
            /audit                 | GET  | /audit                          | 200 | 403 | 403 | login
            /kasir/riwayat         | GET  | /kasir/riwayat                  | 200 | 200 | 200 | login
            /kasir/shift           | GET  | /kasir/shift                    | 200 | 200 | 200 | login
            /kasir/shift/*         | GET  | /kasir/shift/laporan?id=x       | 404 | 404 | 404 | login
            /kasir/shift/*         | POST | /kasir/shift/buka               | 422 | 422 | 422 | login
            /laporan/shift         | GET  | /laporan/shift                  | 200 | 200 | 403 | login
            /laporan/nilai-stok    | GET  | /laporan/nilai-stok             | 200 | 200 | 403 | login
            /laporan/nilai-stok/csv | GET | /laporan/nilai-stok/csv         | 200 | 200 | 403 | login
            /barang/impor          | GET  | /barang/impor                   | 200 | 200 | 403 | login
            /barang/impor          | POST | /barang/impor                   | 422 | 422 | 403 | login
            /barang/impor/*        | POST | /barang/impor/simpan            | 302 | 302 | 403 | login
            /barang/ekspor         | GET  | /barang/ekspor                  | 200 | 200 | 403 | login
            /label                 | GET  | /label                          | 200 | 200 | 403 | login
            /label/*               | GET  | /label/lembar?p=x*1             | 200 | 200 | 403 | login
            /label/*               | GET  | /label/barcode.png?code=x.y     | 404 | 404 | 403 | login
            /label/*               | POST | /label/cetak                    | 302 | 302 | 403 | login
            /label/*               | POST | /label/awalan                   | 302 | 302 | 403 | login
            /pemasok               | GET  | /pemasok                        | 200 | 200 | 403 | login
            /pemasok/*             | GET  | /pemasok/baru                   | 200 | 200 | 403 | login
            /pemasok/*             | GET  | /pemasok/detail?id=x            | 404 | 404 | 403 | login
            /pemasok/*             | POST | /pemasok/simpan                 | 422 | 422 | 403 | login
            /pemasok/*             | POST | /pemasok/bayar                  | 404 | 404 | 403 | login
            /retur/penjualan       | GET  | /retur/penjualan?id=x           | 404 | 404 | 403 | login
            /retur/penjualan       | POST | /retur/penjualan                | 404 | 404 | 403 | login
            /retur/pembelian       | GET  | /retur/pembelian?id=x           | 404 | 404 | 403 | login
            /retur/pembelian       | POST | /retur/pembelian                | 404 | 404 | 403 | login
            /retur/nota            | GET  | /retur/nota?id=x                | 404 | 404 | 403 | login
            /stok/opname           | GET  | /stok/opname                    | 200 | 200 | 403 | login
            /stok/opname/*         | GET  | /stok/opname/hitung?id=x        | 404 | 404 | 403 | login
            /stok/opname/*         | POST | /stok/opname/batal              | 302 | 302 | 403 | login
            /stok/opname/*         | POST | /stok/opname/konfirmasi         | 302 | 302 | 403 | login
            /stok/penyesuaian      | GET  | /stok/penyesuaian               | 200 | 200 | 403 | login
            /stok/penyesuaian/*    | POST | /stok/penyesuaian/simpan        | 422 | 422 | 403 | login
            /stok                  | GET  | /stok                           | 200 | 200 | 403 | login
            /stok                  | GET  | /stok?menipis=1                 | 200 | 200 | 403 | login
            /mutasi                | GET  | /mutasi                         | 200 | 200 | 403 | login
            /mutasi/*              | GET  | /mutasi/cari?q=semen            | 200 | 200 | 403 | login
            /mutasi/*              | GET  | /mutasi/surat-jalan?id=x        | 404 | 404 | 403 | login
            /laporan/piutang       | GET  | /laporan/piutang                | 200 | 200 | 403 | login
            /pelanggan             | GET  | /pelanggan                      | 200 | 200 | 200 | login
            /pelanggan/*           | GET  | /pelanggan/baru                 | 200 | 200 | 403 | login
            /pelanggan/*           | GET  | /pelanggan/rekening?id=x        | 404 | 404 | 404 | login
            /pelanggan/*           | POST | /pelanggan/simpan               | 200 | 200 | 403 | login
            /pelanggan/*           | POST | /pelanggan/bayar                | 404 | 404 | 404 | login
            /pengaturan/diskon     | POST | /pengaturan/diskon              | 200 | 403 | 403 | login
            /qris                  | GET  | /qris                           | 404 | 404 | 404 | login
            /pengaturan/qris       | POST | /pengaturan/qris                | 302 | 403 | 403 | login
            /pengaturan/qris/hapus | POST | /pengaturan/qris/hapus          | 302 | 403 | 403 | login
            """;

    /** One line of the table. */
    record Access(String pattern, String method, String path, String owner, String admin, String kasir, String visitor) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static String base;
    private static WebSession owner;
    private static WebSession admin;
    private static WebSession kasir;

    @BeforeAll
    static void logInEveryRole() throws java.sql.SQLException {
        base = ItServer.baseUrl();
        owner = WebSession.loggedIn(base, "admin", "admin123");
        HubUsers.add("gudang", "Admin Gudang", "ADMIN", "gudang12345");
        // The table says what a store without a QRIS image answers (another test may have given it one).
        owner.get("/pengaturan");
        assertEquals(302, owner.post("/pengaturan/qris/hapus", Map.of()).statusCode());
        admin = WebSession.loggedIn(base, "gudang", "gudang12345");
        kasir = WebSession.loggedIn(base, "kasir", "kasir123");
    }

    static List<Access> table() {
        return TABLE.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            return new Access("\"\"".equals(cells[0]) ? "" : cells[0], cells[1], cells[2], cells[3], cells[4],
                    cells[5], cells[6]);
        }).toList();
    }

    @Test
    void everyRouteIsInTheTable() {
        Set<String> inTable = table().stream().map(Access::pattern).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Routes.patterns(), inTable, "a route without a line in the table, or a line of a route gone");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyRoleGetsWhatTheTableSays(Access access) {
        check(owner, access.owner(), access);
        check(admin, access.admin(), access);
        check(kasir, access.kasir(), access);
        if (!"-".equals(access.visitor())) {
            check(new WebSession(base), access.visitor(), access);
        }
    }

    @Test
    void aStoreShowsItsUsersButTheyAreManagedOnTheHub() throws java.sql.SQLException {
        Document list = WebSession.html(owner.get("/pengguna"));
        assertNotNull(list.getElementById("users-from-hub"), "the page says where users are managed");
        assertTrue(list.select("a[href^=/pengguna/baru], a[href^=/pengguna/edit], form[action^=/pengguna/]").isEmpty(),
                "no way to add, change or archive here");
        assertTrue(list.text().contains("Admin Gudang"), "the hub's users are listed");
        String users = ItServer.query("SELECT COUNT(*) FROM app_user");
        String logged = ItServer.query("SELECT COUNT(*) FROM mirror_change WHERE table_name = 'app_user'");
        String kasirId = ItServer.query("SELECT id FROM app_user WHERE username = 'kasir'");
        for (Map<String, String> form : List.of(
                Map.of("username", "buatan-toko", "fullName", "Dibuat di Toko", "role", "OWNER", "password", "rahasia-123"),
                Map.of("id", kasirId, "username", "kasir", "fullName", "Kasir Depan", "role", "OWNER",
                        "password", "rahasia-123"))) {
            HttpResponse<String> refused = owner.post("/pengguna/simpan", form);
            assertEquals(302, refused.statusCode());
            assertTrue(owner.get("/pengguna").body().contains("Pengguna hanya dapat diubah di pusat"),
                    "said in plain words");
        }
        assertEquals(302, owner.post("/pengguna/arsipkan", Map.of("id", kasirId)).statusCode());
        assertEquals(users, ItServer.query("SELECT COUNT(*) FROM app_user"), "no user made here");
        assertEquals("KASIR", ItServer.query("SELECT role FROM app_user WHERE id = '" + kasirId + "'"));
        assertNull(ItServer.query("SELECT archived_at FROM app_user WHERE id = '" + kasirId + "'"));
        assertEquals(logged, ItServer.query("SELECT COUNT(*) FROM mirror_change WHERE table_name = 'app_user'"),
                "nothing about users waits to go to the hub");
    }

    @Test
    void forbiddenPageIsFriendly() {
        HttpResponse<String> response = kasir.get("/pengguna");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Akses ditolak"), response.body());
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void unknownPageIsFriendly() {
        HttpResponse<String> response = owner.get("/barang/tidak-ada");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Halaman tidak ditemukan"));
    }

    @Test
    void navigationShowsOnlyWhatTheRoleMayOpen() {
        String kasirHome = kasir.get("/").body();
        assertFalse(kasirHome.contains("href=\"/barang\""));
        assertFalse(kasirHome.contains("href=\"/pengguna\""));
        assertFalse(kasirHome.contains("href=\"/sinkronisasi\""));
        assertFalse(kasirHome.contains("action=\"/sync\""));
        String ownerHome = owner.get("/").body();
        assertTrue(ownerHome.contains("href=\"/barang\""));
        assertTrue(ownerHome.contains("href=\"/pengguna\""));
        assertTrue(ownerHome.contains("href=\"/sinkronisasi\""));
    }

    private static void check(WebSession session, String expected, Access access) {
        HttpResponse<String> response;
        if ("GET".equals(access.method())) {
            response = session.get(access.path());
        } else {
            session.get("/");
            response = session.post(access.path(), Map.of());
        }
        if ("login".equals(expected)) {
            assertEquals(302, response.statusCode(), access + ": to the login page");
            assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("/login"), access.toString());
        } else {
            assertEquals(Integer.parseInt(expected), response.statusCode(), access + "\n" + response.body());
        }
    }
}
