package id.cermin.catalog;

import id.cermin.account.UserForm;
import id.cermin.account.UserService;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.testing.ArquillianRunnerAccess;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue and user services inside a real Payara Micro (Arquillian), on a real
 * MariaDB migrated from empty by the application itself at deployment.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cermin.war")))
                .addClass(CatalogServiceIT.class)
                .addAsLibrary(ArquillianRunnerAccess.fragment());
    }

    @Inject
    private CatalogService catalog;

    @Inject
    private UserService users;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Test
    void schemaWasMigratedFromEmptyAtDeployment() {
        Number applied = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version = '1'").getSingleResult();
        assertEquals(1, applied.intValue());
    }

    @Test
    void categoryStillUsedByAProductIsNotDeleted() {
        Category category = catalog.saveCategory(null, "Pipa Uji");
        unit("pcs");
        catalog.saveProduct(form("", "Pipa PVC Uji", category.getId()));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> catalog.deleteCategory(category.getId()));
        assertEquals("error.categoryInUse", refused.errors().get("form"));
        assertFalse(catalog.category(category.getId()).orElseThrow().isArchived());
    }

    @Test
    void duplicateBarcodeIsRefusedAndNothingIsSaved() {
        Category category = catalog.saveCategory(null, "Barcode Uji");
        unit("pcs");
        catalog.saveProduct(form("8990000000017", "Produk Pertama", category.getId()));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> catalog.saveProduct(form("8990000000017", "Produk Kedua", category.getId())));
        assertEquals("error.barcodeTaken", refused.errors().get("barcode"));
        Number named = (Number) em.createNativeQuery("SELECT COUNT(*) FROM product WHERE name = 'Produk Kedua'")
                .getSingleResult();
        assertEquals(0, named.intValue());
    }

    @Test
    void archivedProductCanBeRestoredOnlyWhileItsCategoryIsActive() {
        Category category = catalog.saveCategory(null, "Arsip Uji");
        unit("pcs");
        Product product = catalog.saveProduct(form("", "Barang Arsip", category.getId()));
        assertTrue(catalog.archiveProduct(product.getId()).isArchived());
        catalog.deleteCategory(category.getId());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> catalog.restoreProduct(product.getId()));
        assertEquals("error.categoryArchived", refused.errors().get("form"));
    }

    @Test
    void everyChangeStampsVersionOriginAndAuditTrail() {
        Category category = catalog.saveCategory(null, "Versi Uji");
        long first = category.getRowVersion();
        Category renamed = catalog.saveCategory(category.getId(), "Versi Uji 2");
        assertTrue(renamed.getRowVersion() > first, "version grows");
        assertEquals("ARQ", renamed.getOriginNode());
        Number trail = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_log WHERE entity_id = ?")
                .setParameter(1, category.getId()).getSingleResult();
        assertEquals(2, trail.intValue());
    }

    @Test
    void theLastOwnerCanNeitherBeArchivedNorDemoted() {
        var owner = users.byUsername("pemilik").orElseGet(() -> users.createFirstOwner(
                new UserForm("", "pemilik", "Pemilik Uji", "OWNER", "rahasia-sekali")));
        InvalidInputException archived = assertThrows(InvalidInputException.class,
                () -> users.archive(owner.getId(), "orang-lain"));
        assertEquals("error.lastOwner", archived.errors().get("form"));
        InvalidInputException demoted = assertThrows(InvalidInputException.class,
                () -> users.save(new UserForm(owner.getId(), "pemilik", "Pemilik Uji", "KASIR", "")));
        assertEquals("error.lastOwner", demoted.errors().get("role"));
        assertThrows(InvalidInputException.class, () -> users.createFirstOwner(
                new UserForm("", "kedua", "Pemilik Kedua", "OWNER", "rahasia-sekali")), "only while no user exists");
    }

    private void unit(String code) {
        if (catalog.activeUnits().stream().noneMatch(u -> u.getCode().equals(code))) {
            catalog.addUnit(code, false);
        }
    }

    private static ProductRequest form(String barcode, String name, String categoryId) {
        return new ProductRequest("", barcode, name, categoryId, "pcs", 10_000L, 12_500L, BigDecimal.ONE, List.of(),
                List.of());
    }
}
