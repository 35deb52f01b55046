package id.cermin.web;

import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route of the catalogue, account and mirror pages for every role: what each may open,
 * what answers 403 with the friendly page, and what sends a visitor to the login.
 */
class AccessMatrixHttpIT {

    private static String base;
    private static WebSession owner;
    private static WebSession admin;
    private static WebSession kasir;

    @BeforeAll
    static void logInEveryRole() {
        base = ItServer.baseUrl();
        owner = WebSession.loggedIn(base, "admin", "admin123");
        owner.get("/pengguna/baru");
        HttpResponse<String> created = owner.post("/pengguna/simpan", Map.of("username", "gudang",
                "fullName", "Admin Gudang", "role", "ADMIN", "password", "gudang12345"));
        assertTrue(created.statusCode() == 302 || created.body().contains("sudah dipakai"), created.body());
        admin = WebSession.loggedIn(base, "gudang", "gudang12345");
        kasir = WebSession.loggedIn(base, "kasir", "kasir123");
    }

    @ParameterizedTest(name = "{0}: owner {1}, admin {2}, kasir {3}")
    @CsvSource({
            "/, 200, 200, 200",
            "/barang, 200, 200, 403",
            "/barang?arsip=1, 200, 200, 403",
            "/barang/baru, 200, 200, 403",
            "/kategori, 200, 200, 403",
            "/satuan, 200, 200, 403",
            "/laporan/keluar, 200, 200, 403",
            "/barang-masuk, 200, 200, 403",
            "/kasir, 200, 200, 200",
            "/pengguna, 200, 403, 403",
            "/pengguna/baru, 200, 403, 403",
            "/pengaturan, 200, 403, 403",
            "/sinkronisasi, 200, 200, 403",
            "/sinkronisasi/konflik, 200, 200, 403",
            "/sinkronisasi/perbedaan, 200, 200, 403",
            "/api/mirror/status, 200, 200, 403",
            "/pelanggan, 200, 200, 200",
            "/pelanggan/baru, 200, 200, 403",
            "/laporan/piutang, 200, 200, 403",
            "/stok/opname, 200, 200, 403",
            "/stok/penyesuaian, 200, 200, 403",
            "/pemasok, 200, 200, 403",
            "/pemasok/baru, 200, 200, 403",
            "/label, 200, 200, 403",
            "/barang/impor, 200, 200, 403",
            "/laporan/nilai-stok, 200, 200, 403",
            "/laporan/shift, 200, 200, 403",
            "/kasir/shift, 200, 200, 200",
            "/kasir/riwayat, 200, 200, 200",
            "/audit, 200, 403, 403",
    })
    void pagesByRole(String path, int forOwner, int forAdmin, int forKasir) {
        assertEquals(forOwner, owner.get(path).statusCode(), "owner " + path);
        assertEquals(forAdmin, admin.get(path).statusCode(), "admin " + path);
        HttpResponse<String> asKasir = kasir.get(path);
        assertEquals(forKasir, asKasir.statusCode(), "kasir " + path);
        HttpResponse<String> anonymous = new WebSession(base).get(path);
        assertEquals(302, anonymous.statusCode(), "anonymous " + path);
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("/login"));
    }

    @ParameterizedTest(name = "POST {0} by kasir is refused")
    @CsvSource({"/barang/simpan", "/barang/arsipkan", "/barang/pulihkan", "/kategori/simpan", "/kategori/arsipkan",
            "/satuan/simpan", "/satuan/arsipkan",
            "/pengguna/simpan", "/pengguna/arsipkan",
            "/laporan/keluar/batal", "/barang-masuk/simpan", "/sync", "/sinkronisasi/periksa",
            "/sinkronisasi/perbaiki", "/sinkronisasi/perbedaan", "/stok/opname/mulai", "/stok/opname/konfirmasi",
            "/stok/penyesuaian/simpan", "/pemasok/simpan", "/pemasok/bayar", "/retur/penjualan", "/retur/pembelian",
            "/label/cetak", "/label/awalan", "/barang/impor/simpan", "/pelanggan/simpan", "/pelanggan/arsipkan",
            "/pelanggan/bayar/batal", "/pengaturan/diskon", "/pengaturan/qris", "/pengaturan/qris/hapus"})
    void kasirCannotChangeTheBackOffice(String path) {
        kasir.get("/");
        assertEquals(403, kasir.post(path, Map.of("name", "Dari Kasir", "code", "x")).statusCode());
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
}
