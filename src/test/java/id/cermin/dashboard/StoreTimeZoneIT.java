package id.cermin.dashboard;

import id.cermin.account.UserForm;
import id.cermin.account.UserService;
import id.cermin.catalog.CatalogService;
import id.cermin.catalog.Category;
import id.cermin.catalog.Product;
import id.cermin.catalog.ProductRequest;
import id.cermin.platform.BusinessDay;
import id.cermin.sales.CheckoutRequest;
import id.cermin.sales.CheckoutService;
import id.cermin.sales.Discount;
import id.cermin.sales.Sale;
import id.cermin.settings.StoreProfile;
import id.cermin.settings.StoreProfiles;
import id.cermin.testing.ArquillianRunnerAccess;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store in Jayapura (WIT, UTC+9) lives on its own days: a sale at 16:30 UTC is already
 * tomorrow there, for the receipt number and for the dashboard, while a sale at 14:30 UTC
 * is still today. Inside a real Payara Micro (Arquillian), the node's clock set to 2031.
 */
@ExtendWith(ArquillianExtension.class)
class StoreTimeZoneIT {

    private static final ZoneId JAYAPURA = ZoneId.of("Asia/Jayapura");

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cermin.war")))
                .addClass(StoreTimeZoneIT.class)
                .addAsLibrary(ArquillianRunnerAccess.fragment());
    }

    @Inject
    private StoreProfiles profiles;

    @Inject
    private CatalogService catalog;

    @Inject
    private UserService users;

    @Inject
    private CheckoutService checkout;

    @Inject
    private DashboardQueries dashboard;

    private StoreProfile profileBefore;
    private BusinessDay dayBefore;

    @BeforeEach
    void remember() {
        profileBefore = profiles.current();
        dayBefore = BusinessDay.ofNode();
    }

    @AfterEach
    void putBack() {
        profiles.save(profileBefore);
        BusinessDay.useForNode(dayBefore);
    }

    @Test
    void aSaleAtHalfPastFourUtcIsTomorrowInJayapuraForTheReceiptAndTheDashboard() {
        StoreProfile profile = profiles.current();
        profiles.save(new StoreProfile("TB Timur Jaya", profile.address(), profile.phone(), profile.footer(),
                JAYAPURA));
        assertEquals(JAYAPURA, BusinessDay.ofNode().zone(), "the saved zone is the node's at once");
        assertEquals(JAYAPURA, profiles.current().timeZone());
        Product product = product();

        Sale evening = sellAt("2031-03-09T14:30:00Z", product);
        Sale night = sellAt("2031-03-09T16:30:00Z", product);

        assertTrue(evening.getReceiptNo().startsWith("ARQ-20310309-"), evening.getReceiptNo());
        assertTrue(night.getReceiptNo().startsWith("ARQ-20310310-"), night.getReceiptNo() + " is numbered on the 10th");
        long profit = night.getTotal() - 10_000;
        DashboardQueries.Profit summary = dashboard.profit(null);
        assertEquals(profit, summary.today(), "today (the 10th in Jayapura) holds the night sale only");
        assertEquals(profit, summary.week(), "the 10th is a Monday: a new week");
        assertEquals(2 * profit, summary.month());
        List<DashboardQueries.Day> days = dashboard.last30Days(null);
        DashboardQueries.Day today = days.get(days.size() - 1);
        DashboardQueries.Day yesterday = days.get(days.size() - 2);
        assertEquals(LocalDate.parse("2031-03-10"), today.day());
        assertEquals(night.getTotal(), today.total(), "the chart's bar for the 10th");
        assertEquals(evening.getTotal(), yesterday.total(), "the chart's bar for the 9th");
    }

    private Sale sellAt(String instant, Product product) {
        BusinessDay.useForNode(new BusinessDay(BusinessDay.ofNode().zone(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
        String cashierId = users.byUsername("pemilik").orElseGet(() -> users.createFirstOwner(
                new UserForm("", "pemilik", "Pemilik Uji", "OWNER", "rahasia-sekali"))).getId();
        return checkout.checkout(new CheckoutRequest(UUID.randomUUID().toString(), cashierId, null,
                List.of(new CheckoutRequest.Line(product.getId(), null, BigDecimal.ONE, Discount.NONE)), Discount.NONE,
                1_000_000L, List.of(), 0L, null));
    }

    private Product product() {
        String name = "Zona " + UUID.randomUUID().toString().substring(0, 8);
        Category category = catalog.saveCategory(null, name);
        if (catalog.activeUnits().stream().noneMatch(u -> u.getCode().equals("pcs"))) {
            catalog.addUnit("pcs", false);
        }
        return catalog.saveProduct(new ProductRequest("", "", name, category.getId(), "pcs", 10_000L, 12_500L,
                BigDecimal.ONE, List.of(), List.of()));
    }
}
