package id.cermin.web;

import id.cermin.testing.DatabaseState;
import id.cermin.testing.HubUsers;
import id.cermin.testing.ItServer;
import id.cermin.testing.Routes;
import id.cermin.testing.TcpProxy;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hundreds of hostile requests, generated across every form field and query parameter of
 * every route: negative, zero, huge and non-numbers, exponents, both thousands separators,
 * empty, missing and repeated fields, 10 kB strings, control characters, emoji and Indonesian
 * text, HTML and SQL, wrong methods and content types, an expired session, the wrong role.
 * For every one: no server error; the mirrored tables (row counts and checksums) change only
 * where an accepted request may change them, and an accepted text is stored exactly as typed
 * and shown escaped; a refused request says why in Bahasa Indonesia. The figures are printed.
 */
class HostileInputHttpIT {

    private static final String TEN_KB = "x".repeat(10 * 1024);
    private static final String HTML = "<script>alert('cermin')</script><img src=x onerror=alert(1)>";
    private static final String SQL = "'; DROP TABLE sale; -- \" OR 1=1 #";
    private static final List<String> TEXT = List.of(TEN_KB, HTML, SQL, "Semen 🧱 Tiga Roda 👷", "Paku Beton ½ kg — toko Pak Budi",
            "", "   ", "a\u0000b", "\u001b[31mmerah", "${7*7} {{7*7}} %s %n", "é", "Ж中文العربية", "../../etc/passwd");
    private static final List<String> NUMBER = List.of("-1", "0", "99999999999999999999999", "NaN", "Infinity", "1e9",
            "1E-3", "15.000", "15,000", "1.000,50", "1,000.50", "", " ", "٣", "+5", "0x1F", TEN_KB.replace('x', '9'),
            "5\u0000");
    private static final List<String> ID = List.of("", "tidak-ada", "00000000-0000-0000-0000-000000000000", SQL, "é",
            TEN_KB, HTML, "../../etc/passwd");
    private static final List<String> DATE = List.of("+999999999-12-31", "-999999999-01-01", "2026-13-01", "2026-02-30",
            "0000-00-00", "1899-12-31", "9999-12-31", "hari ini", "2026-01-01' OR '1'='1", "", TEN_KB);
    private static final List<String> PATH = List.of("//evil.example/", "https://evil.example/", "/\\evil.example",
            "javascript:alert(1)", "/laporan/keluar\r\nSet-Cookie: x=1", "", TEN_KB, "dari=1&sampai=2");

    /** A kind of value and the hostile ones it is tried with. */
    private enum Kind {
        TEXT(HostileInputHttpIT.TEXT), NUMBER(HostileInputHttpIT.NUMBER), ID(HostileInputHttpIT.ID),
        DATE(HostileInputHttpIT.DATE), PATH(HostileInputHttpIT.PATH);

        final List<String> values;

        Kind(List<String> values) {
            this.values = values;
        }
    }

    /**
     * A form (or a page with query parameters) as a valid request makes it, who sends it,
     * its fields and their kinds, the mirrored tables an accepted request may change (and a
     * refused one, a login's audit entry), and, for text stored as typed, the query that counts it.
     */
    private record Form(String method, String path, String role, Supplier<Map<String, String>> valid,
                        Map<String, Kind> fields, Set<String> mayChange, Set<String> changesWhenRefused,
                        Map<String, String> storedAs) {
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<Pattern> INDONESIAN = new ArrayList<>();
    private static String base;
    private static Map<String, WebSession> sessions;
    private static String categoryId;
    private static String productId;
    private static String originalProfile;
    private static final Map<String, Integer> refusals = new TreeMap<>();
    private static final Set<String> routesHit = new TreeSet<>();
    private static final List<String> problems = new ArrayList<>();
    private static int requests;

    @BeforeAll
    static void prepare() throws IOException, SQLException {
        base = ItServer.baseUrl();
        WebSession owner = WebSession.loggedIn(base, "admin", "admin123");
        HubUsers.add("admin-uji", "Admin Uji", "ADMIN", "admin-uji-123");
        sessions = Map.of("OWNER", owner, "ADMIN", WebSession.loggedIn(base, "admin-uji", "admin-uji-123"),
                "KASIR", WebSession.loggedIn(base, "kasir", "kasir123"));
        categoryId = ItServer.query("SELECT id FROM category WHERE archived_at IS NULL ORDER BY name LIMIT 1");
        productId = ItServer.query("SELECT id FROM product WHERE name = 'Semen Gresik PCC 40 kg'");
        originalProfile = ItServer.query("SELECT name FROM store_profile WHERE node = 'S9'");
        loadIndonesianMessages();
        shiftsBefore = ids(OPEN_SHIFTS);
        countsBefore = ids(OPEN_COUNTS);
        // The mirror's buttons meet a hub that does not answer: they change nothing, whatever is sent.
        ItServer.hubLink().refuse(true);
        ItServer.hubLink().cutAll();
    }

    /** Shifts and opname left open, by id: those the suite opens are closed again after it. */
    private static final String OPEN_SHIFTS = "SELECT id FROM till_shift WHERE id NOT IN (SELECT shift_id FROM till_shift_close)";
    private static final String OPEN_COUNTS = "SELECT id FROM stock_count WHERE id NOT IN (SELECT count_id FROM stock_count_close)";
    private static Set<String> shiftsBefore;
    private static Set<String> countsBefore;

    @AfterAll
    static void restore() throws SQLException {
        for (String shift : newIds(OPEN_SHIFTS, shiftsBefore)) {
            sessions.get("KASIR").get("/kasir/shift");
            sessions.get("KASIR").post("/kasir/shift/tutup", Map.of("id", shift, "countedCash", "0", "note", ""));
        }
        for (String count : newIds(OPEN_COUNTS, countsBefore)) {
            sessions.get("ADMIN").get("/stok/opname");
            sessions.get("ADMIN").post("/stok/opname/batal", Map.of("id", count));
        }
        ItServer.hubLink().refuse(false);
        WebSession owner = sessions.get("OWNER");
        owner.get("/pengaturan");
        owner.post("/pengaturan", Map.of("name", originalProfile == null ? "Toko Bangunan" : originalProfile,
                "address", "", "phone", "", "footer", "Terima kasih", "timeZone", "Asia/Jakarta"));
    }

    @Test
    void hostileRequestsAcrossEveryRouteAreRefusedOrStoredExactlyAndNeverFail() throws Exception {
        for (Form form : forms()) {
            for (Map.Entry<String, Kind> field : form.fields().entrySet()) {
                for (String value : field.getValue().values) {
                    Map<String, String> fields = form.valid().get();
                    fields.put(field.getKey(), value);
                    send(form, fields, field.getKey(), value, null);
                }
                Map<String, String> missing = form.valid().get();
                missing.remove(field.getKey());
                send(form, missing, field.getKey(), null, null);
                Map<String, String> twice = form.valid().get();
                String repeated = encode(twice) + "&" + URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "=" + URLEncoder.encode(HTML, StandardCharsets.UTF_8);
                send(form, twice, field.getKey(), null, repeated);
            }
            sendTheWrongWay(form);
        }
        System.out.printf("hostile input: %d requests on %d routes; refused with a message, by status: %s%n",
                requests, routesHit.size(), refusals);
        assertEquals(List.of(), problems);
        assertTrue(requests >= 300, requests + " requests");
        assertEquals(Routes.patterns(), routesHit, "every route is tried");
    }

    /** The same form by the wrong method, with the wrong content type, from an expired session, by the wrong role. */
    private static void sendTheWrongWay(Form form) throws Exception {
        WebSession session = form.role() == null ? new WebSession(base) : sessions.get(form.role());
        Map<String, String> fields = form.valid().get();
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "POST".equals(form.method()) ? "GET"
                : "POST")) {
            check(form, method + " instead of " + form.method(), null, fields,
                    () -> session.send(method, form.path(), "application/x-www-form-urlencoded",
                            "_csrf=" + token(session) + "&" + encode(fields)));
        }
        if ("POST".equals(form.method()) && form.role() != null) {
            String body = "_csrf=" + token(session) + "&" + encode(fields);
            check(form, "JSON", null, fields, () -> session.send("POST", form.path(), "application/json",
                    "{\"_csrf\":\"" + token(session) + "\"}"));
            check(form, "text/plain", null, fields, () -> session.send("POST", form.path(), "text/plain", body));
            check(form, "multipart", null, fields, () -> session.send("POST", form.path(),
                    "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                            + token(session) + "\r\n--xyz--\r\n"));
            check(form, "no form token", null, fields, () -> session.postRaw(form.path(), fields));
        }
        if (form.role() != null) {
            WebSession expired = new WebSession(base).header("Cookie", "JSESSIONID=" + UUID.randomUUID());
            check(form, "expired session", null, fields, () -> "GET".equals(form.method())
                    ? expired.get(form.path() + "?" + encode(fields)) : expired.postRaw(form.path(), fields));
            String other = "OWNER".equals(form.role()) ? "ADMIN" : "KASIR";
            if (!"KASIR".equals(form.role())) {
                WebSession wrongRole = sessions.get(other);
                check(form, "by " + other, null, fields, () -> "GET".equals(form.method())
                        ? wrongRole.get(form.path() + "?" + encode(fields)) : wrongRole.post(form.path(), fields));
            }
        }
    }

    private static void send(Form form, Map<String, String> fields, String field, String value, String rawBody)
            throws Exception {
        WebSession session = form.role() == null
                ? new WebSession(base).from("203.0.113." + (1 + COUNTER.incrementAndGet() % 250))
                : sessions.get(form.role());
        String label = field + (value == null ? (rawBody == null ? " missing" : " twice") : "=" + shorten(value));
        check(form, label, value == null ? null : field, fields, () -> {
            if ("GET".equals(form.method())) {
                return session.get(form.path() + "?" + (rawBody != null ? rawBody : encode(fields)));
            }
            if (form.role() == null) {
                session.get(form.path().equals("/setup") ? "/login" : form.path());
            }
            // Signed-in sessions keep the token of their last page; a visitor's was fetched just before.
            return rawBody != null ? session.postForm(form.path(), rawBody) : session.post(form.path(), fields);
        });
    }

    /** Sends one request and checks what it did: no failure, no change it may not make, a reason if refused. */
    private static void check(Form form, String label, String typedField, Map<String, String> fields,
                              Supplier<HttpResponse<String>> request) throws SQLException {
        DatabaseState before = DatabaseState.of(ItServer.DATABASE);
        HttpResponse<String> response = request.get();
        requests++;
        routesHit.add(patternOf(form.path()));
        String what = form.method() + " " + form.path() + " " + label;
        if (response.statusCode() >= 500) {
            problems.add(what + ": " + response.statusCode());
            return;
        }
        if (refusedByTheListener(response, label)) {
            refusals.merge("listener " + response.statusCode(), 1, Integer::sum);
            expect(before.changedIn(DatabaseState.of(ItServer.DATABASE)).isEmpty(), what + " changed the database");
            return;
        }
        Outcome outcome = outcome(response, form);
        Set<String> changed = before.changedIn(DatabaseState.of(ItServer.DATABASE));
        if (outcome.refused()) {
            refusals.merge(Integer.toString(response.statusCode()), 1, Integer::sum);
            expect(form.changesWhenRefused().containsAll(changed), what + " was refused but changed " + changed);
            expect(outcome.message() != null && isIndonesianMessage(outcome.message()), what + " ("
                    + response.statusCode() + ") was refused without a message in Indonesian: " + outcome.message());
        } else {
            expect(form.mayChange().containsAll(changed), what + " changed " + changed);
            String stored = typedField == null ? null : form.storedAs().get(typedField);
            boolean storable = stored != null && !fields.get(typedField).isBlank();
            if (storable && (!changed.isEmpty() || form.mayChange().isEmpty())) {
                expect(countOf(stored, fields.get(typedField).strip()) > 0, what + ": not stored as typed");
                expect(!outcome.page().contains(HTML), what + ": markup shown as markup");
            }
        }
    }

    /**
     * Payara's HTTP listener answers TRACE (405) and a DELETE with a body (400) itself, with an
     * empty answer, before Cermin sees the request; no browser sends either.
     */
    private static boolean refusedByTheListener(HttpResponse<String> response, String label) {
        boolean method = label.startsWith("TRACE ") || label.startsWith("DELETE ");
        return method && (response.statusCode() == 400 || response.statusCode() == 405) && response.body().isEmpty();
    }

    private static void expect(boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
    }

    /** Whether a request was refused, and the message it was refused with; the page it led to. */
    private record Outcome(boolean refused, String message, String page) {
    }

    private static Outcome outcome(HttpResponse<String> response, Form form) {
        int status = response.statusCode();
        String body = response.body();
        if (status == 302) {
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("/"), "redirects stay on this site: " + location);
            if (location.startsWith("/login")) {
                Document login = WebSession.html(new WebSession(base).get(location));
                return new Outcome(true, login.title().replace(" · Cermin", ""), login.outerHtml());
            }
            WebSession session = sessions.get(form.role() == null ? "OWNER" : form.role());
            HttpResponse<String> next = session.get(location.substring(0, Math.min(location.length(), 1500)));
            Element error = WebSession.html(next).selectFirst(".alert-error");
            return error != null ? new Outcome(true, plainWords(error), next.body()) : new Outcome(false, null, next.body());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return new Outcome(status >= 400, status >= 400 ? body : null, body);
        }
        Document page = WebSession.html(response);
        Element error = page.selectFirst(".alert-error, .field .error, .error-box p, #setup-from-hub");
        if (status >= 400 || error != null) {
            return new Outcome(true, error == null ? null : error.text(), body);
        }
        return new Outcome(false, null, body);
    }

    /** What a message says to the person, without the technical detail folded away under it. */
    private static String plainWords(Element message) {
        Element words = message.clone();
        words.select("details").remove();
        return words.text();
    }

    private static List<Form> forms() {
        Set<String> none = Set.of();
        Set<String> catalogue = Set.of("audit_log");
        return List.of(
                get("/", "OWNER", Map.of("lang", "id"), Map.of("lang", Kind.TEXT)),
                get("/barang", "ADMIN", Map.of("q", "semen", "hal", "1", "arsip", "0"),
                        Map.of("q", Kind.TEXT, "hal", Kind.NUMBER, "arsip", Kind.TEXT)),
                get("/barang/edit", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/kategori", "ADMIN", Map.of(), Map.of()),
                get("/pengguna", "OWNER", Map.of(), Map.of()),
                get("/kategori/edit", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/pengguna/edit", "OWNER", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/kasir/cari", "KASIR", Map.of("q", "semen"), Map.of("q", Kind.TEXT)),
                get("/kasir/katalog", "KASIR", Map.of(), Map.of()),
                get("/kasir/nota", "KASIR", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/barang-masuk/cari", "ADMIN", Map.of("q", "semen"), Map.of("q", Kind.TEXT)),
                get("/laporan/keluar", "ADMIN", Map.of("dari", "2026-01-01", "sampai", "2026-01-31"),
                        Map.of("dari", Kind.DATE, "sampai", Kind.DATE)),
                get("/laporan/keluar/csv", "ADMIN", Map.of("dari", "2026-01-01"), Map.of("dari", Kind.DATE)),
                get("/laporan/keluar/detail", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/laporan/masuk", "ADMIN", Map.of("dari", "2026-01-01", "sampai", "2026-01-31"),
                        Map.of("dari", Kind.DATE, "sampai", Kind.DATE)),
                get("/laporan/masuk/csv", "ADMIN", Map.of("sampai", "2026-01-01"), Map.of("sampai", Kind.DATE)),
                get("/laporan/masuk/detail", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/login", null, Map.of("kembali", "/barang"), Map.of("kembali", Kind.PATH)),
                get("/logout", "KASIR", Map.of(), Map.of()),
                get("/setup", null, Map.of(), Map.of()),
                get("/health", null, Map.of(), Map.of()),
                get("/kasir", "KASIR", Map.of(), Map.of()),
                get("/satuan", "ADMIN", Map.of(), Map.of()),
                get("/barang-masuk", "ADMIN", Map.of(), Map.of()),
                get("/pengaturan", "OWNER", Map.of(), Map.of()),
                get("/api/mirror/status", "ADMIN", Map.of(), Map.of()),
                get("/sinkronisasi", "ADMIN", Map.of(), Map.of()),
                get("/sinkronisasi/konflik", "ADMIN", Map.of(), Map.of()),
                post("/login", null, () -> map("username", "tidakada", "password", "salah-sekali"),
                        Map.of("username", Kind.TEXT, "password", Kind.TEXT), none, Set.of("audit_log"), Map.of()),
                post("/setup", null, () -> map("code", "ABCD-EFGH-JKMN", "username", "pemilik", "fullName",
                        "Pemilik", "password", "rahasia-123"), Map.of("code", Kind.TEXT, "username", Kind.TEXT),
                        none, none, Map.of()),
                post("/kategori/simpan", "ADMIN", () -> map("name", "Kategori Uji " + COUNTER.incrementAndGet()),
                        Map.of("name", Kind.TEXT, "id", Kind.ID), Set.of("category", "audit_log"), none,
                        Map.of("name", "SELECT COUNT(*) FROM category WHERE name = ?")),
                post("/kategori/arsipkan", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/barang/simpan", "ADMIN", () -> map("id", "", "barcode", "", "name",
                                "Barang Uji " + COUNTER.incrementAndGet(), "categoryId", categoryId, "unitCode", "sak",
                                "costPrice", "1000", "sellPrice", "1500", "minStock", "0"),
                        fields("name", Kind.TEXT, "barcode", Kind.TEXT, "categoryId", Kind.ID, "unitCode", Kind.TEXT,
                                "costPrice", Kind.NUMBER, "sellPrice", Kind.NUMBER, "minStock", Kind.NUMBER,
                                "id", Kind.ID),
                        Set.of("product", "audit_log"), none,
                        Map.of("name", "SELECT COUNT(*) FROM product WHERE name = ?")),
                post("/barang/arsipkan", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/barang/pulihkan", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/satuan/simpan", "ADMIN", () -> map("code", "u" + COUNTER.incrementAndGet(), "fraction", "on"),
                        Map.of("code", Kind.TEXT, "fraction", Kind.TEXT), Set.of("unit", "audit_log"), none,
                        Map.of("code", "SELECT COUNT(*) FROM unit WHERE code = LOWER(?)")),
                post("/satuan/arsipkan", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/barang-masuk/simpan", "ADMIN", () -> map("key", UUID.randomUUID().toString(), "supplier",
                                "PT Uji", "note", "", "productId", productId, "qty", "1", "cost", "1000"),
                        fields("supplier", Kind.TEXT, "note", Kind.TEXT, "qty", Kind.NUMBER, "cost", Kind.NUMBER,
                                "productId", Kind.ID, "key", Kind.ID),
                        Set.of("stock_in", "stock_in_line", "stock_movement", "product", "audit_log"), none,
                        Map.of("supplier", "SELECT COUNT(*) FROM stock_in WHERE supplier = ?",
                                "note", "SELECT COUNT(*) FROM stock_in WHERE note = ?")),
                post("/kasir/bayar", "KASIR", () -> map("key", UUID.randomUUID().toString(), "productId", productId,
                                "qty", "1", "paid", "100000"),
                        Map.of("qty", Kind.NUMBER, "paid", Kind.NUMBER, "productId", Kind.ID, "key", Kind.ID),
                        Set.of("sale", "sale_line", "stock_movement", "product", "audit_log"), none, Map.of()),
                post("/laporan/keluar/batal", "ADMIN", () -> map("id", freshSale(), "reason", "Salah input",
                                "back", "dari=2026-01-01&sampai=2026-01-02"),
                        Map.of("reason", Kind.TEXT, "id", Kind.ID, "back", Kind.PATH),
                        Set.of("sale_void", "stock_movement", "product", "audit_log"), none,
                        Map.of("reason", "SELECT COUNT(*) FROM sale_void WHERE reason = ?")),
                post("/laporan/masuk/batal", "ADMIN", () -> map("id", "x", "reason", "Salah input"),
                        Map.of("reason", Kind.TEXT, "id", Kind.ID),
                        Set.of("stock_in_void", "stock_movement", "product", "audit_log"), none, Map.of()),
                post("/pengguna/simpan", "OWNER", () -> map("id", "", "username", "uji" + COUNTER.incrementAndGet(),
                                "fullName", "Pengguna Uji", "role", "KASIR", "password", "rahasia-123"),
                        fields("username", Kind.TEXT, "fullName", Kind.TEXT, "role", Kind.TEXT, "password", Kind.TEXT,
                                "id", Kind.ID),
                        Set.of("app_user", "audit_log"), none,
                        Map.of("fullName", "SELECT COUNT(*) FROM app_user WHERE full_name = ?")),
                post("/pengguna/arsipkan", "OWNER", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/pengguna/pulihkan", "OWNER", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/pengaturan", "OWNER", () -> map("name", "Toko Uji", "address", "Jl. Uji 1", "phone", "0812",
                                "footer", "Terima kasih", "timeZone", "Asia/Jakarta"),
                        fields("name", Kind.TEXT, "address", Kind.TEXT, "phone", Kind.TEXT, "footer", Kind.TEXT,
                                "timeZone", Kind.TEXT), none, none,
                        Map.of("name", "SELECT COUNT(*) FROM store_profile WHERE name = ?",
                                "address", "SELECT COUNT(*) FROM store_profile WHERE address = ?")),
                post("/sync", "ADMIN", () -> map("back", "/sinkronisasi"), Map.of("back", Kind.PATH), none, none,
                        Map.of()),
                post("/sinkronisasi/periksa", "ADMIN", () -> map("x", "1"), Map.of("x", Kind.TEXT), none, none,
                        Map.of()),
                post("/sinkronisasi/perbaiki", "ADMIN", () -> map("x", "1"), Map.of("x", Kind.TEXT), none, none,
                        Map.of()),
                get("/sinkronisasi/perbedaan", "ADMIN", Map.of(), Map.of()),
                post("/sinkronisasi/perbedaan", "ADMIN", () -> map("tabel", "product", "id", "x", "pakai", "toko"),
                        Map.of("tabel", Kind.TEXT, "id", Kind.ID, "pakai", Kind.TEXT), none, none, Map.of()),
                get("/api/mirror/run", "ADMIN", Map.of("ticket", "1"), Map.of("ticket", Kind.NUMBER)),
                get("/audit", "OWNER", Map.of("dari", "2026-01-01", "sampai", "2026-01-31", "pengguna", "kasir",
                        "aksi", "LOGIN", "data", "app_user", "hal", "1"), fields("dari", Kind.DATE, "sampai", Kind.DATE,
                        "pengguna", Kind.TEXT, "aksi", Kind.TEXT, "data", Kind.TEXT, "hal", Kind.NUMBER)),
                get("/kasir/riwayat", "KASIR", Map.of(), Map.of()),
                get("/kasir/shift", "KASIR", Map.of(), Map.of()),
                get("/kasir/shift/laporan", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                post("/kasir/shift/buka", "KASIR", () -> map("key", UUID.randomUUID().toString(), "openingCash", "100.000"),
                        Map.of("key", Kind.ID, "openingCash", Kind.NUMBER), TILL, none, Map.of()),
                post("/kasir/shift/kas", "KASIR", () -> map("key", UUID.randomUUID().toString(), "direction", "OUT",
                                "amount", "1.000", "reason", "Beli air"),
                        fields("key", Kind.ID, "direction", Kind.TEXT, "amount", Kind.NUMBER, "reason", Kind.TEXT), TILL,
                        none, Map.of("reason", "SELECT COUNT(*) FROM till_cash_move WHERE reason = ?")),
                post("/kasir/shift/tutup", "KASIR", () -> map("key", UUID.randomUUID().toString(), "id", "x",
                                "countedCash", "100.000", "note", ""),
                        fields("id", Kind.ID, "countedCash", Kind.NUMBER, "note", Kind.TEXT), TILL, none, Map.of()),
                get("/laporan/shift", "ADMIN", Map.of(), Map.of()),
                get("/laporan/nilai-stok", "ADMIN", Map.of(), Map.of()),
                get("/laporan/nilai-stok/csv", "ADMIN", Map.of(), Map.of()),
                get("/barang/impor", "ADMIN", Map.of(), Map.of()),
                get("/barang/ekspor", "ADMIN", Map.of(), Map.of()),
                post("/barang/impor", "ADMIN", () -> map("file", "code;name"), Map.of("file", Kind.TEXT), none, none,
                        Map.of()),
                post("/barang/impor/simpan", "ADMIN", () -> map("token", "x"), Map.of("token", Kind.TEXT), none, none,
                        Map.of()),
                get("/label", "ADMIN", Map.of("q", "semen", "hal", "1"), Map.of("q", Kind.TEXT, "hal", Kind.NUMBER)),
                get("/label/lembar", "ADMIN", Map.of("p", "x*2", "kertas", "a4"),
                        Map.of("p", Kind.TEXT, "kertas", Kind.TEXT)),
                get("/label/barcode.png", "ADMIN", Map.of("code", "8991234567894"), Map.of("code", Kind.TEXT)),
                post("/label/cetak", "ADMIN", () -> map("productId", productId, "copies", "2", "kertas", "58"),
                        Map.of("productId", Kind.ID, "copies", Kind.NUMBER, "kertas", Kind.TEXT),
                        Set.of("product", "audit_log"), none, Map.of()),
                post("/label/awalan", "ADMIN", () -> map("prefix", "299"), Map.of("prefix", Kind.TEXT), Set.of("audit_log"),
                        none, Map.of()),
                get("/pemasok", "ADMIN", Map.of("arsip", "0"), Map.of("arsip", Kind.TEXT)),
                get("/pemasok/baru", "ADMIN", Map.of(), Map.of()),
                get("/pemasok/edit", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/pemasok/detail", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                post("/pemasok/simpan", "ADMIN", () -> map("id", "", "name", "Pemasok Uji " + COUNTER.incrementAndGet(),
                                "phone", "0812", "address", "Jl. Uji"),
                        fields("name", Kind.TEXT, "phone", Kind.TEXT, "address", Kind.TEXT, "id", Kind.ID),
                        Set.of("supplier", "audit_log"), none,
                        Map.of("name", "SELECT COUNT(*) FROM supplier WHERE name = ?",
                                "address", "SELECT COUNT(*) FROM supplier WHERE address = ?")),
                post("/pemasok/arsipkan", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/pemasok/pulihkan", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/pemasok/bayar", "ADMIN", () -> map("supplierId", "x", "key", UUID.randomUUID().toString(),
                                "stockInId", "x", "amount", "1.000", "note", ""),
                        fields("supplierId", Kind.ID, "key", Kind.ID, "stockInId", Kind.ID, "amount", Kind.NUMBER,
                                "fromDrawer", Kind.TEXT, "note", Kind.TEXT), none, none, Map.of()),
                get("/retur/penjualan", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/retur/pembelian", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/retur/nota", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                post("/retur/penjualan", "ADMIN", () -> map("key", UUID.randomUUID().toString(), "id", "x",
                                "lineId", "x", "qty", "1", "reason", "Rusak", "settlement", "CASH"),
                        fields("id", Kind.ID, "lineId", Kind.ID, "qty", Kind.NUMBER, "reason", Kind.TEXT,
                                "settlement", Kind.TEXT, "restock", Kind.TEXT, "key", Kind.ID), none, none, Map.of()),
                post("/retur/pembelian", "ADMIN", () -> map("key", UUID.randomUUID().toString(), "id", "x",
                                "lineId", "x", "qty", "1", "reason", "Rusak"),
                        fields("id", Kind.ID, "lineId", Kind.ID, "qty", Kind.NUMBER, "reason", Kind.TEXT), none, none,
                        Map.of()),
                get("/stok", "ADMIN", Map.of("q", "semen", "menipis", "1"), Map.of("q", Kind.TEXT, "menipis", Kind.TEXT)),
                get("/mutasi", "ADMIN", Map.of("status", "perjalanan"), Map.of("status", Kind.TEXT)),
                get("/mutasi/kirim", "ADMIN", Map.of(), Map.of()),
                get("/mutasi/cari", "ADMIN", Map.of("q", "semen"), Map.of("q", Kind.TEXT)),
                get("/mutasi/surat-jalan", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                post("/mutasi/kirim", "ADMIN", () -> map("key", UUID.randomUUID().toString(), "toStore", "S8",
                                "note", "", "productId", productId, "qty", "1"),
                        fields("toStore", Kind.TEXT, "note", Kind.TEXT, "qty", Kind.NUMBER, "productId", Kind.ID,
                                "key", Kind.ID),
                        Set.of("stock_transfer", "stock_transfer_line", "stock_movement", "product", "audit_log"), none,
                        Map.of("note", "SELECT COUNT(*) FROM stock_transfer WHERE note = ?")),
                post("/mutasi/terima", "ADMIN", () -> map("id", "x", "note", "lengkap"),
                        Map.of("id", Kind.ID, "note", Kind.TEXT), none, none, Map.of()),
                get("/stok/opname", "ADMIN", Map.of(), Map.of()),
                get("/stok/opname/hitung", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/stok/opname/lembar", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                post("/stok/opname/mulai", "ADMIN", () -> map("categoryId", "x", "note", ""),
                        Map.of("categoryId", Kind.ID, "note", Kind.TEXT), Set.of("stock_count", "audit_log"), none,
                        Map.of("note", "SELECT COUNT(*) FROM stock_count WHERE note = ?")),
                post("/stok/opname/catat", "ADMIN", () -> map("id", "x", "productId", productId, "counted", "1"),
                        Map.of("id", Kind.ID, "productId", Kind.ID, "counted", Kind.NUMBER), none, none, Map.of()),
                post("/stok/opname/konfirmasi", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), none, none,
                        Map.of()),
                post("/stok/opname/batal", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), none, none, Map.of()),
                get("/stok/penyesuaian", "ADMIN", Map.of(), Map.of()),
                post("/stok/penyesuaian/simpan", "ADMIN", () -> map("productId", productId, "quantity", "1",
                                "direction", "kurang", "reason", "RUSAK", "note", "", "productName", "Semen"),
                        fields("productId", Kind.ID, "quantity", Kind.NUMBER, "direction", Kind.TEXT, "reason", Kind.TEXT,
                                "note", Kind.TEXT, "productName", Kind.TEXT),
                        Set.of("stock_adjustment", "stock_movement", "product", "audit_log"), none,
                        Map.of("note", "SELECT COUNT(*) FROM stock_adjustment WHERE note = ?")),
                get("/laporan/piutang", "ADMIN", Map.of(), Map.of()),
                get("/pelanggan", "KASIR", Map.of("q", "budi"), Map.of("q", Kind.TEXT)),
                get("/pelanggan/baru", "ADMIN", Map.of(), Map.of()),
                get("/pelanggan/edit", "ADMIN", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/pelanggan/rekening", "KASIR", Map.of("id", "x", "dari", "2026-01-01", "sampai", "2026-01-31"),
                        Map.of("id", Kind.ID, "dari", Kind.DATE, "sampai", Kind.DATE)),
                get("/pelanggan/bayar", "KASIR", Map.of("id", "x"), Map.of("id", Kind.ID)),
                get("/pelanggan/kuitansi", "KASIR", Map.of("id", "x"), Map.of("id", Kind.ID)),
                post("/pelanggan/simpan", "ADMIN", () -> map("id", "", "name", "Pelanggan Uji " + COUNTER.incrementAndGet(),
                                "phone", "0812", "address", "Jl. Uji", "type", "ECERAN", "creditLimit", "0"),
                        fields("name", Kind.TEXT, "phone", Kind.TEXT, "address", Kind.TEXT, "type", Kind.TEXT,
                                "creditLimit", Kind.NUMBER, "id", Kind.ID),
                        Set.of("customer", "audit_log"), none,
                        Map.of("name", "SELECT COUNT(*) FROM customer WHERE name = ?")),
                post("/pelanggan/arsipkan", "ADMIN", () -> map("id", "x"), Map.of("id", Kind.ID), catalogue, none,
                        Map.of()),
                post("/pelanggan/bayar", "KASIR", () -> map("customerId", "x", "key", UUID.randomUUID().toString(),
                                "amount", "1.000", "method", "CASH", "reference", "", "note", ""),
                        fields("customerId", Kind.ID, "key", Kind.ID, "amount", Kind.NUMBER, "method", Kind.TEXT,
                                "reference", Kind.TEXT, "note", Kind.TEXT), none, none, Map.of()),
                post("/pelanggan/bayar/batal", "ADMIN", () -> map("id", "x", "reason", "Salah"),
                        Map.of("id", Kind.ID, "reason", Kind.TEXT), none, none, Map.of()),
                post("/pengaturan/diskon", "OWNER", () -> map("kasirDiscountLimit", "5", "adminDiscountLimit", "10"),
                        Map.of("kasirDiscountLimit", Kind.NUMBER, "adminDiscountLimit", Kind.NUMBER), none, none,
                        Map.of()),
                get("/qris", "KASIR", Map.of(), Map.of()),
                post("/pengaturan/qris", "OWNER", () -> map("image", "x"), Map.of("image", Kind.TEXT), none, none,
                        Map.of()),
                post("/pengaturan/qris/hapus", "OWNER", () -> map("x", "1"), Map.of("x", Kind.TEXT),
                        Set.of("audit_log"), none, Map.of()));
    }

    /** What a cashier's shift may change: the shift, its cash moves, the trail. */
    private static final Set<String> TILL = Set.of("till_shift", "till_cash_move", "audit_log");

    private static Form get(String path, String role, Map<String, String> valid, Map<String, Kind> fields) {
        return new Form("GET", path, role, () -> new LinkedHashMap<>(valid), fields, Set.of(), Set.of(), Map.of());
    }

    private static Form post(String path, String role, Supplier<Map<String, String>> valid, Map<String, Kind> fields,
                             Set<String> mayChange, Set<String> changesWhenRefused, Map<String, String> storedAs) {
        return new Form("POST", path, role, valid, fields, mayChange, changesWhenRefused, storedAs);
    }

    private static Map<String, Kind> fields(Object... pairs) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> map(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A sale of one sack, made for a void to take back. */
    private static String freshSale() {
        WebSession kasir = sessions.get("KASIR");
        kasir.get("/kasir");
        HttpResponse<String> sale = kasir.postRepeated("/kasir/bayar", UUID.randomUUID().toString(),
                List.of(productId), List.of("1"), "1000000", Map.of());
        String location = sale.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("id=") + 3);
    }

    private static String token(WebSession session) {
        return URLEncoder.encode(session.csrfToken() == null ? "" : session.csrfToken(), StandardCharsets.UTF_8);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Set<String> ids(String sql) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (Connection c = id.cermin.testing.ItDatabase.connect(ItServer.DATABASE);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Set<String> newIds(String sql, Set<String> before) throws SQLException {
        Set<String> now = ids(sql);
        now.removeAll(before);
        return now;
    }

    private static long countOf(String sql, String value) throws SQLException {
        try (Connection c = id.cermin.testing.ItDatabase.connect(ItServer.DATABASE);
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The route pattern a path belongs to, as {@link Routes} names them. */
    private static String patternOf(String path) {
        Set<String> patterns = Routes.patterns();
        if (patterns.contains(path)) {
            return path;
        }
        // The longest path prefix mapped with "/*", as the servlet container matches (/pelanggan/bayar/batal: /pelanggan/*).
        for (String prefix = path; prefix.lastIndexOf('/') > 0; ) {
            prefix = prefix.substring(0, prefix.lastIndexOf('/'));
            if (patterns.contains(prefix + "/*")) {
                return prefix + "/*";
            }
        }
        return "/".equals(path) ? "" : path;
    }

    private static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + value.length() + ")" : printable;
    }

    /** Every message of the Indonesian bundle, as a pattern (its {0} placeholders match anything). */
    private static void loadIndonesianMessages() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = HostileInputHttpIT.class.getResourceAsStream("/id/cermin/web/messages_id.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String message : messages.stringPropertyNames().stream().map(messages::getProperty).toList()) {
            String[] parts = message.replace("''", "'").split("\\{\\d\\}", -1);
            INDONESIAN.add(Pattern.compile(java.util.Arrays.stream(parts).map(Pattern::quote)
                    .collect(Collectors.joining(".*")), Pattern.DOTALL));
        }
    }

    private static boolean isIndonesianMessage(String text) {
        String message = text.strip();
        return !message.isEmpty() && INDONESIAN.stream().anyMatch(p -> p.matcher(message).matches());
    }
}
