package id.cermin.mirror;

import com.mysql.cj.jdbc.MysqlDataSource;
import id.cermin.mirror.capture.Change;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;
import id.cermin.mirror.link.InboxKind;
import id.cermin.mirror.link.Payload;
import id.cermin.mirror.run.MirrorEngine;
import id.cermin.mirror.run.RunReport;
import id.cermin.mirror.schema.MirroredTable;
import id.cermin.mirror.schema.Row;
import id.cermin.mirror.schema.Rows;
import id.cermin.platform.HybridClock;
import id.cermin.platform.Ids;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.MirrorNode;
import id.cermin.testing.MirrorServers;
import id.cermin.testing.ShopWrites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store's account on the hub, made by the hub operator's script
 * ({@code server-config/hub/add-store.sql}) exactly as shipped, tries every attack of the
 * security review: each is refused by the database or held by the hub's own application,
 * and the hub's data is what it was.
 */
class MirrorSecurityIT {

    private static MirrorNode hub;
    private static MirrorNode store;
    private static MirrorNode other;
    private static DataSource asStore;
    private static ShopWrites.Catalogue catalogue;
    private static String othersSale;

    @BeforeAll
    static void setUp() throws Exception {
        hub = MirrorNode.create(MirrorServers.hub(), "security_hub", "HUB");
        store = MirrorNode.create(ItDatabase.server(), "security_store", "S1");
        other = MirrorNode.create(MirrorServers.store2(), "security_s2", "S2");
        try (Connection c = hub.connect()) {
            catalogue = ShopWrites.catalogue(c, "HUB", 6, "S1", "S2");
        }
        addStoreAsTheOperatorDoes("S1", "store_sec_s1", "s1-secret-password");
        asStore = overTls("store_sec_s1", "s1-secret-password");
        MirrorNode.StoreAccount s2 = hub.registerStore("S2");
        MirrorFixture.sync(new MirrorEngine(store.dataSource(), asStore), hub);
        MirrorFixture.sync(new MirrorEngine(other.dataSource(), s2.dataSource()), hub);
        try (Connection c = other.connect()) {
            othersSale = ShopWrites.sell(c, "S2", catalogue.userId(), List.of(catalogue.productIds().get(0)), 1);
        }
        MirrorFixture.sync(new MirrorEngine(other.dataSource(), s2.dataSource()), hub);
        assertEquals(1, hub.count("SELECT COUNT(*) FROM sale WHERE id = ?", othersSale));
    }

    @Test
    void theShippedAccountMirrorsOverTlsAndCanDoNothingElse() throws Exception {
        String before = hubFingerprint();
        try (Connection c = asStore.getConnection(); Statement s = c.createStatement()) {
            for (String attack : List.of(
                    "INSERT INTO app_user (id, username, full_name, password_hash, role, created_at, updated_at,"
                            + " row_version, origin_node) VALUES ('x', 'evil', 'Evil', 'h', 'OWNER', NOW(), NOW(), 1, 'S1')",
                    "SELECT * FROM sale",
                    "SELECT password_hash FROM app_user",
                    "UPDATE product SET sell_price = 1",
                    "DELETE FROM sale_void",
                    "DELETE FROM audit_log",
                    "UPDATE mirror_store SET pulled_seq = 999999999",
                    "INSERT INTO mirror_inbox (node, source_db, incarnation, kind, first_seq, last_seq, payload,"
                            + " received_at) VALUES ('S2', 'x', 'x', 'BATCH', 1, 1, '{}', NOW())",
                    "DELETE FROM mirror_change")) {
                assertThrows(SQLException.class, () -> {
                    s.execute("SET @cermin_origin = ''");
                    s.execute(attack);
                }, "refused: " + attack);
            }
            for (String origin : new String[] {"NULL", "'S2'", "'HUB'"}) {
                assertThrows(SQLException.class, () -> {
                    s.execute("SET @cermin_origin = " + origin);
                    s.execute("CALL mirror_capture('product', 'x', 'U', NULL, '*')");
                }, "a store cannot log a change on the hub, under any origin");
            }
        }
        assertEquals(before, hubFingerprint(), "nothing changed on the hub");
    }

    @Test
    void aStoreReadsNoOtherStoresRowsAndLearnsNothingOfThem() throws Exception {
        try (Connection c = asStore.getConnection()) {
            HubLink link = new HubLink(c);
            assertTrue(link.rows(MirroredTable.SALE, "", 1000).isEmpty(), "no sale of another store");
            assertTrue(link.rowsById(MirroredTable.SALE, List.of(othersSale)).isEmpty());
            assertEquals(0, link.checksum(MirroredTable.SALE, "", null).rows());
            NodeRef s2Database = new NodeRef(dbId(other), "x", "S1", 0);
            assertNull(link.hello(s2Database, 0).applied(), "nothing about another store's database");
            assertThrows(SQLException.class, () -> link.push(s2Database, InboxKind.BATCH, 1, 1, null,
                    new Payload(List.of(), Map.of())), "cannot write under another store's database");
        }
    }

    @Test
    void whatAStoreSendsIsCheckedByTheHubAndHeldWhenItOverstepsItsRights() throws Exception {
        String before = hubFingerprint();
        long hubClockBefore = HybridClock.next();
        NodeRef me;
        try (Connection s = store.connect()) {
            me = ChangeLog.identity(s);
        }
        LocalDateTime now = LocalDateTime.now().withNano(0);
        String owner = Ids.newId();
        Row newOwner = new Row(MirroredTable.APP_USER, new Object[] {owner, "evil", "Pemilik Palsu", "hash", "OWNER",
                null, now, now, HybridClock.next(), "S1"});
        Row cashier = Rows.fetch(hub.connect(), MirroredTable.APP_USER, List.of(catalogue.userId()), false)
                .get(catalogue.userId());
        Row promoted = new Row(MirroredTable.APP_USER, new Object[] {cashier.id(), cashier.get("username"),
                cashier.get("full_name"), "new-hash", "OWNER", null, cashier.get("created_at"), now, HybridClock.next(),
                "S1"});
        Row product = Rows.fetch(hub.connect(), MirroredTable.PRODUCT, List.of(catalogue.productIds().get(1)), false)
                .get(catalogue.productIds().get(1));
        Object[] forever = new Object[product.width()];
        for (int i = 0; i < forever.length; i++) {
            forever[i] = product.valueAt(i);
        }
        forever[MirroredTable.PRODUCT.index("row_version")] = Long.MAX_VALUE;
        forever[MirroredTable.PRODUCT.index("sell_price")] = 1L;
        Row othersSaleRow = Rows.fetch(hub.connect(), MirroredTable.SALE, List.of(othersSale), false).get(othersSale);

        try (Connection c = asStore.getConnection()) {
            HubLink link = new HubLink(c);
            long seq = 1_000_000;
            for (Map.Entry<MirroredTable, Row> attack : List.of(
                    Map.entry(MirroredTable.APP_USER, newOwner),
                    Map.entry(MirroredTable.APP_USER, promoted),
                    Map.entry(MirroredTable.PRODUCT, new Row(MirroredTable.PRODUCT, forever)),
                    Map.entry(MirroredTable.SALE, withId(othersSaleRow, Ids.newId())))) {
                seq++;
                Change change = new Change(seq, seq, attack.getKey(), attack.getValue().id(), 'I', null, "S1");
                link.push(me, InboxKind.BATCH, seq, seq, null,
                        new Payload(List.of(change), Map.of(attack.getKey(), Map.of(attack.getValue().id(),
                                attack.getValue()))));
            }
            seq++;
            Change unvoid = new Change(seq, seq, MirroredTable.SALE, othersSale, 'D', null, "S1");
            link.push(me, InboxKind.BATCH, seq, seq, null, new Payload(List.of(unvoid), Map.of()));
            link.pull(Long.MAX_VALUE / 2, 10, "HUB");
        }
        MirrorFixture.drain(hub);
        assertEquals(before, hubFingerprint(), "nothing of it changed the hub");
        assertEquals(5, hub.count("SELECT COUNT(*) FROM mirror_error WHERE direction = 'PUSH'"), "each held, with its reason");
        assertTrue(hub.count("SELECT COUNT(*) FROM mirror_error WHERE reason LIKE 'Pengguna hanya%'") == 2);
        assertTrue(HybridClock.next() > hubClockBefore, "the hub's clock did not wrap");
        assertTrue(HybridClock.next() < HybridClock.versionAt(System.currentTimeMillis() + 3_600_000));
        assertTrue(hub.count("SELECT pulled_seq FROM mirror_store WHERE node = 'S1'")
                <= hub.count("SELECT seq FROM mirror_node WHERE id = 1"), "a store cannot move the hub's horizon past its log");
        RunReport run = new MirrorEngine(store.dataSource(), asStore).run("TEST");
        assertFalse(run.heldPush().isEmpty(), "the store sees what the hub holds, and why");
    }

    private static Row withId(Row row, String id) {
        Object[] values = new Object[row.width()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.valueAt(i);
        }
        values[0] = id;
        return new Row(row.table(), values);
    }

    /** Every mirrored table of the hub, counted and checksummed, plus the users' roles and hashes. */
    private static String hubFingerprint() {
        StringBuilder all = new StringBuilder();
        for (MirroredTable table : MirroredTable.values()) {
            all.append(table.sqlName()).append(hub.rows("SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('#', "
                    + table.columnList() + "))), 0) FROM " + table.sqlName()).get(0)[0]).append(' ');
        }
        all.append(hub.rows("SELECT GROUP_CONCAT(CONCAT(username, role, password_hash) ORDER BY id) FROM app_user")
                .get(0)[0]);
        all.append(hub.value("SELECT COALESCE(SUM(pulled_seq), 0) FROM mirror_store WHERE node = 'S2'"));
        return all.toString();
    }

    private static String dbId(MirrorNode node) throws SQLException {
        try (Connection c = node.connect()) {
            return ChangeLog.identity(c).dbId();
        }
    }

    /** The operator's script, as shipped, run as root in the hub's database. */
    private static void addStoreAsTheOperatorDoes(String node, String account, String password) throws Exception {
        String script = Files.readString(Path.of("server-config/hub/add-store.sql"));
        try (Connection root = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + MirrorServers.HUB_PORT + "/"
                + hub.database() + "?sslMode=DISABLED", "root", ""); Statement s = root.createStatement()) {
            s.execute("DROP USER IF EXISTS '" + account + "'@'%'"); // left by an earlier run on this test server
            s.execute("SET @node = '" + node + "', @account = '" + account + "', @password = '" + password + "'");
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static DataSource overTls(String account, String password) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl("jdbc:mysql://127.0.0.1:" + MirrorServers.HUB_PORT + "/" + hub.database()
                + "?sslMode=REQUIRED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true");
        ds.setUser(account);
        ds.setPassword(password);
        return ds;
    }
}
