package id.cermin.branch;

import id.cermin.account.UserForm;
import id.cermin.account.UserService;
import id.cermin.dashboard.DashboardQueries;
import id.cermin.mirror.web.MirrorStatus;
import id.cermin.mirror.web.MirrorStatusQueries;
import id.cermin.payment.PaymentMethod;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.HybridClock;
import id.cermin.platform.Ids;
import id.cermin.report.ReportQueries;
import id.cermin.report.SalesReport;
import id.cermin.report.SalesReportRow;
import id.cermin.report.Takings;
import id.cermin.report.TakingsQueries;
import id.cermin.testing.ArquillianRunnerAccess;
import id.cermin.testing.ShopWrites;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner's view of two branches on the hub (a real Payara Micro with the hub's
 * configuration, Arquillian): Bandung and Bekasi sold, received and sent goods, as their
 * mirror brought it to the hub. Each report, its CSV and the dashboard narrow to one store
 * or show all with a store column, and one store's figures plus the other's are the whole;
 * the dashboard compares the branches; stock per store, their total, what is on its way and
 * low stock per store; the Sinkronisasi page says when each store last reached the hub, what
 * waits for it and the differences it found. Then the pages ({@link OwnerPages}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnerViewIT {

    static final String BANDUNG = "BDG";
    static final String BEKASI = "BKS";
    private static final String OWNER = "pemilik";
    private static final String PASSWORD = "rahasia-sekali";
    /** Names the test's products carry, so searches find them and nothing else. */
    private static final String MARK = "Cabang Uji";

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cermin.war")))
                .addClasses(OwnerViewIT.class, ShopWrites.class, ShopWrites.Catalogue.class)
                .addClass("id.cermin.testing.ShopWrites$Writes")
                .addAsLibrary(ArquillianRunnerAccess.fragment());
    }

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Inject
    private UserService users;

    @Inject
    private ReportQueries reports;

    @Inject
    private TakingsQueries takings;

    @Inject
    private DashboardQueries dashboard;

    @Inject
    private ShelfQueries shelves;

    @Inject
    private MirrorStatusQueries mirror;

    @Test
    @Order(1)
    void eachStoreOrAllAddUpAndTheBranchesAreCompared() throws Exception {
        String cashier = users.byUsername(OWNER).orElseGet(() -> users.createFirstOwner(
                new UserForm("", OWNER, "Pemilik Uji", "OWNER", PASSWORD))).getId();
        String cement;
        String sand;
        try (Connection c = dataSource.getConnection()) {
            registerStores(c);
            cement = product(c, MARK + " Semen", 5);
            sand = product(c, MARK + " Pasir", 5);
            opening(c, cement, BANDUNG, 100);
            opening(c, cement, BEKASI, 100);
            opening(c, sand, BANDUNG, 50);
            opening(c, sand, BEKASI, 4);
            ShopWrites.sell(c, BANDUNG, cashier, List.of(cement), 3);
            ShopWrites.sell(c, BANDUNG, cashier, List.of(cement), 3);
            ShopWrites.sell(c, BEKASI, cashier, List.of(cement), 1);
            ShopWrites.voidSale(c, BEKASI, cashier, ShopWrites.sell(c, BEKASI, cashier, List.of(cement), 1));
            ShopWrites.receive(c, BANDUNG, cashier, List.of(sand), 5);
            ShopWrites.sendTransfer(c, BANDUNG, BEKASI, cashier, List.of(cement), 10);
            ShopWrites.exec(c, "UPDATE mirror_store SET last_contact_at = UTC_TIMESTAMP(6) WHERE node = ?", BANDUNG);
            ShopWrites.exec(c, "INSERT INTO mirror_peer (db_id, node, pulled_seq, last_run_at, last_success_at, diverged)"
                    + " VALUES (?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'product:1')", Ids.newId(), BANDUNG);
        }
        LocalDate today = BusinessDay.ofNode().today();

        SalesReport bandung = reports.sales(today, today, BANDUNG);
        SalesReport bekasi = reports.sales(today, today, BEKASI);
        SalesReport all = reports.sales(today, today, null);
        assertEquals(Set.of(BANDUNG), stores(bandung));
        assertEquals(Set.of(BEKASI), stores(bekasi));
        assertEquals(300_000, bandung.total());
        assertEquals(60_000, bandung.profit());
        assertEquals(50_000, bekasi.total(), "the voided sale does not count");
        assertEquals(bandung.rows().size() + bekasi.rows().size(), all.rows().stream()
                .filter(r -> r.store().equals(BANDUNG) || r.store().equals(BEKASI)).count());
        assertEquals(bandung.total() + bekasi.total(), all.total(), "one store plus the other is all");
        assertEquals(1, reports.stockIns(today, today, BANDUNG).rows().size());
        assertEquals(0, reports.stockIns(today, today, BEKASI).rows().size());

        List<DashboardQueries.BranchFigures> branches = dashboard.branches(List.of(BANDUNG, BEKASI));
        assertEquals(List.of(BANDUNG, BEKASI), branches.stream().map(DashboardQueries.BranchFigures::store).toList());
        assertEquals(new DashboardQueries.BranchFigures(BANDUNG, 300_000, 60_000, 2, 300_000, 60_000, 2),
                branches.get(0));
        assertEquals(new DashboardQueries.BranchFigures(BEKASI, 50_000, 10_000, 1, 50_000, 10_000, 1),
                branches.get(1));
        assertEquals(60_000, dashboard.profit(BANDUNG).today());
        assertEquals(70_000, dashboard.profit(null).today());
        BusinessDay day = BusinessDay.ofNode();
        Takings bandungTakings = takings.between(day.startOf(today), day.endOf(today), BANDUNG);
        Takings bekasiTakings = takings.between(day.startOf(today), day.endOf(today), BEKASI);
        assertEquals(300_000, bandungTakings.total(PaymentMethod.TUNAI), "the takings card narrows to the store");
        assertEquals(50_000, bekasiTakings.total(PaymentMethod.TUNAI));
        assertEquals(bandungTakings.received() + bekasiTakings.received(),
                takings.between(day.startOf(today), day.endOf(today), null).received());

        StockSheet sheet = shelves.sheet(MARK, false, 1);
        assertTrue(sheet.stores().containsAll(List.of(BANDUNG, BEKASI)), "every branch has a column");
        ShelfRow cementRow = row(sheet, cement);
        assertQuantity(84, cementRow.at(BANDUNG), "100 - 6 sold - 10 sent");
        assertQuantity(99, cementRow.at(BEKASI), "100 - 1 sold (the voided sale put back)");
        assertQuantity(183, cementRow.total(), "");
        assertQuantity(10, cementRow.inTransit(), "sent, not yet taken in");
        ShelfRow sandRow = row(sheet, sand);
        assertTrue(sandRow.lowAt(BEKASI), "4 of a minimum of 5");
        assertFalse(sandRow.lowAt(BANDUNG));
        assertEquals(List.of(row(shelves.sheet(MARK, true, 1), sand).productId()),
                shelves.sheet(MARK, true, 1).rows().stream().map(ShelfRow::productId).toList(), "low only");
        assertEquals(List.of(sand), shelves.sheet(MARK + " Pasir", false, 1).rows().stream()
                .map(ShelfRow::productId).toList(), "a search by name (products without a barcode among the others)");
        assertTrue(shelves.low(BEKASI, 100).shelves().stream()
                .anyMatch(l -> l.name().equals(MARK + " Pasir") && l.store().equals(BEKASI)));
        assertTrue(shelves.low(BANDUNG, 100).shelves().stream().noneMatch(l -> l.name().startsWith(MARK)));

        MirrorStatus status = mirror.status();
        MirrorStatus.Store bdg = store(status, BANDUNG);
        MirrorStatus.Store bks = store(status, BEKASI);
        assertNotNull(bdg.lastContactAt());
        assertTrue(bdg.contactSecondsAgo() < 120);
        assertNull(bks.lastContactAt(), "Bekasi never reached the hub");
        assertEquals("product:1", bdg.diverged());
        assertNull(bks.diverged());
        assertTrue(bks.toPull() > 0, "the sales written here wait for their store");
        assertNotNull(bks.pendingSeconds());
    }

    @Test
    @Order(2)
    @RunAsClient
    void thePagesNarrowToOneStoreOrShowAll(@ArquillianResource URL url) throws Exception {
        OwnerPages.check(url.toString().replaceAll("/$", ""), OWNER, PASSWORD, MARK);
    }

    private static void registerStores(Connection c) throws Exception {
        for (String node : List.of(BANDUNG, BEKASI)) {
            ShopWrites.exec(c, "INSERT INTO mirror_store (node, account, added_at) VALUES (?, ?, UTC_TIMESTAMP(6))",
                    node, "cermin_" + node.toLowerCase());
        }
        BranchRoster.follow(c, "ARQ");
    }

    private static String product(Connection c, String name, int minStock) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        ShopWrites.exec(c, "INSERT IGNORE INTO unit (id, code, allows_fraction, created_at, updated_at, row_version,"
                + " origin_node) VALUES (?, ?, FALSE, ?, ?, ?, 'ARQ')", Ids.newId(), ShopWrites.UNIT, now, now,
                HybridClock.next());
        String category = Ids.newId();
        ShopWrites.exec(c, "INSERT INTO category (id, name, created_at, updated_at, row_version, origin_node)"
                + " VALUES (?, ?, ?, ?, ?, 'ARQ')", category, name, now, now, HybridClock.next());
        String id = Ids.newId();
        ShopWrites.exec(c, "INSERT INTO product (id, name, category_id, unit_code, cost_price, sell_price, min_stock,"
                + " stock, created_at, updated_at, row_version, origin_node) VALUES (?, ?, ?, ?, 40000, 50000, ?, 0,"
                + " ?, ?, ?, 'ARQ')", id, name, category, ShopWrites.UNIT, minStock, now, now, HybridClock.next());
        return id;
    }

    private static void opening(Connection c, String product, String store, int quantity) throws Exception {
        ShopWrites.exec(c, "UPDATE product SET stock = stock + ? WHERE id = ?", quantity, product);
        ShopWrites.exec(c, "INSERT INTO stock_movement (id, product_id, delta, kind, moved_at, origin_node, store_node)"
                + " VALUES (?, ?, ?, 'OPENING', UTC_TIMESTAMP(6), ?, ?)", Ids.newId(), product, quantity, store, store);
    }

    private static Set<String> stores(SalesReport report) {
        return report.rows().stream().map(SalesReportRow::store).collect(java.util.stream.Collectors.toSet());
    }

    private static ShelfRow row(StockSheet sheet, String productId) {
        return sheet.rows().stream().filter(r -> r.productId().equals(productId)).findFirst()
                .orElseThrow(() -> new AssertionError(productId + " not on the sheet"));
    }

    private static MirrorStatus.Store store(MirrorStatus status, String node) {
        return status.stores().stream().filter(s -> s.node().equals(node)).findFirst()
                .orElseThrow(() -> new AssertionError(node + " not on the Sinkronisasi page"));
    }

    private static void assertQuantity(int expected, BigDecimal actual, String why) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), why + ": " + actual);
    }
}
