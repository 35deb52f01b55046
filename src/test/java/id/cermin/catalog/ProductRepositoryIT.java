package id.cermin.catalog;

import id.cermin.testing.ItJpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Products and categories on a real MariaDB, through the application's own mappings and queries. */
class ProductRepositoryIT {

    private static ItJpa jpa;
    private static Category tools;

    @BeforeAll
    static void catalogue() {
        jpa = ItJpa.freshDatabase("it_product_repository");
        tools = new Category("Perkakas");
        tools.stamp("T1");
        Unit pcs = new Unit("pcs", false);
        pcs.stamp("T1");
        jpa.inTransaction(em -> em.persist(pcs));
        jpa.inTransaction(em -> {
            em.persist(tools);
            for (int i = 1; i <= 30; i++) {
                em.persist(product(String.format("Obeng %02d", i), i <= 3 ? "899000000%04d".formatted(i) : null));
            }
            em.persist(product("Kunci 100% Baja_Ringan", "X-100"));
        });
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void searchesByNameOrBarcodePrefixAndPages() {
        EntityManager em = jpa.entityManager();
        ProductRepository repository = new ProductRepository(em);
        assertEquals(30, repository.count("obeng", false));
        assertEquals(ProductRepository.PAGE_SIZE, repository.search("obeng", false, 1).size());
        List<Product> second = repository.search("obeng", false, 2);
        assertEquals(5, second.size());
        assertEquals("Obeng 26", second.get(0).getName());
        assertEquals(1, repository.count("8990000000002", false));
        assertEquals(3, repository.count("899000", false));
        em.close();
    }

    @Test
    void likeWildcardsInTheSearchAreTakenLiterally() {
        EntityManager em = jpa.entityManager();
        ProductRepository repository = new ProductRepository(em);
        assertEquals(1, repository.count("100%", false));
        assertEquals(1, repository.count("baja_ringan", false));
        assertEquals(0, repository.count("%", false) - repository.count("%", false));
        assertEquals(0, repository.count("obeng_", false));
        assertEquals(1, repository.count("kunci baja", false), "every word, in any place");
        assertEquals(0, repository.count("kunci obeng", false));
        em.close();
    }

    @Test
    void archiveAndRestoreArePersisted() {
        Product product = product("Palu Arsip", null);
        jpa.inTransaction(em -> em.persist(product));
        jpa.inTransaction(em -> em.find(Product.class, product.getId()).archive());
        EntityManager em = jpa.entityManager();
        ProductRepository repository = new ProductRepository(em);
        assertEquals(0, repository.count("palu arsip", false));
        assertEquals(1, repository.count("palu arsip", true));
        assertTrue(repository.find(product.getId()).orElseThrow().isArchived());
        em.close();
        jpa.inTransaction(e -> e.find(Product.class, product.getId()).restore());
        EntityManager again = jpa.entityManager();
        assertEquals(1, new ProductRepository(again).count("palu arsip", false));
        again.close();
    }

    @Test
    void theDatabaseRefusesADuplicateBarcode() {
        assertThrows(RollbackException.class,
                () -> jpa.inTransaction(em -> em.persist(product("Obeng Kembar", "8990000000001"))));
        EntityManager em = jpa.entityManager();
        assertEquals(0, new ProductRepository(em).count("obeng kembar", false));
        em.close();
    }

    @Test
    void stockIsNeverWrittenByTheEntity() {
        Product product = product("Gergaji Stok", null);
        jpa.inTransaction(em -> em.persist(product));
        jpa.inTransaction(em -> em.createNativeQuery("UPDATE product SET stock = 7.5 WHERE id = ?")
                .setParameter(1, product.getId()).executeUpdate());
        jpa.inTransaction(em -> {
            Product loaded = em.find(Product.class, product.getId());
            loaded.setSellPrice(99_000);
            loaded.stamp("T1");
        });
        EntityManager em = jpa.entityManager();
        Product reloaded = em.find(Product.class, product.getId());
        assertEquals(0, new java.math.BigDecimal("7.5").compareTo(reloaded.getStock()), "edit kept the ledger's stock");
        assertEquals(99_000, reloaded.getSellPrice());
        em.close();
    }

    private static Product product(String name, String barcode) {
        Product product = new Product(name, tools, "pcs");
        product.setBarcode(barcode);
        product.setCostPrice(10_000);
        product.setSellPrice(12_000);
        product.stamp("T1");
        return product;
    }
}
