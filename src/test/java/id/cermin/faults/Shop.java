package id.cermin.faults;

import id.cermin.testing.MirrorNode;
import id.cermin.testing.ShopWrites;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The writes of a trial, on any node, recorded in the {@link History}: sales, goods
 * received, voids (on the node that made the sale, as the app allows), price edits
 * (each to a price never used before, so two edits always differ) and archives.
 */
final class Shop {

    private static final AtomicLong PRICES = new AtomicLong(100_000);

    private final String userId;
    private final List<String> products;
    private final History history;

    Shop(String userId, List<String> products, History history) {
        this.userId = userId;
        this.products = products;
        this.history = history;
    }

    List<String> products() {
        return products;
    }

    String sell(MirrorNode node, Random random) throws SQLException {
        List<String> picked = pick(random, 1 + random.nextInt(3));
        try (Connection c = node.connect()) {
            String id = ShopWrites.sell(c, node.node(), userId, picked, 1 + random.nextInt(3));
            history.sale(id, node.node(), picked.size());
            return id;
        }
    }

    void receive(MirrorNode node, Random random) throws SQLException {
        try (Connection c = node.connect()) {
            ShopWrites.receive(c, node.node(), userId, pick(random, 1 + random.nextInt(2)), 5 + random.nextInt(10));
        }
    }

    /** Voids one of this node's own sales not voided yet, if there is one. */
    void voidOne(MirrorNode node, Random random) throws SQLException {
        List<String> own = history.saleOrigin.entrySet().stream()
                .filter(e -> e.getValue().equals(node.node()) && !history.voided.containsKey(e.getKey()))
                .map(java.util.Map.Entry::getKey).sorted().toList();
        if (own.isEmpty()) {
            return;
        }
        String saleId = own.get(random.nextInt(own.size()));
        try (Connection c = node.connect()) {
            ShopWrites.voidSale(c, node.node(), userId, saleId);
        }
        history.voided.put(saleId, true);
    }

    /** A price edit; the version it was made from is read in the same transaction, row locked. */
    void editPrice(MirrorNode node, Random random) throws SQLException {
        String productId = products.get(random.nextInt(products.size()));
        long price = PRICES.incrementAndGet();
        try (Connection c = node.connect()) {
            c.setAutoCommit(false);
            long base = version(c, productId, true);
            ShopWrites.setPrice(c, node.node(), productId, price);
            long version = version(c, productId, false);
            c.commit();
            history.edits.add(new History.Edit(productId, node.node(), base, version, price));
        }
    }

    private static long version(Connection c, String productId, boolean lock) throws SQLException {
        try (var ps = c.prepareStatement("SELECT row_version FROM product WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, productId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Archives a product, or restores it if archived (a tombstone and its undo), with a
     * new price too: a restore alone would bring back an earlier row exactly, and two
     * nodes' histories that end in the same row are no conflict. Like every edit here, it
     * leaves a row no other edit makes.
     */
    void archiveOrRestore(MirrorNode node, Random random) throws SQLException {
        String productId = products.get(random.nextInt(products.size()));
        try (Connection c = node.connect()) {
            c.setAutoCommit(false);
            long base = version(c, productId, true);
            boolean archived;
            try (var ps = c.prepareStatement("SELECT archived_at IS NOT NULL FROM product WHERE id = ?")) {
                ps.setString(1, productId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    archived = rs.getBoolean(1);
                }
            }
            long price = PRICES.incrementAndGet();
            ShopWrites.exec(c, "UPDATE product SET archived_at = " + (archived ? "NULL" : "UTC_TIMESTAMP(6)")
                    + ", sell_price = ?, updated_at = UTC_TIMESTAMP(6), row_version = ?, origin_node = ? WHERE id = ?",
                    price, id.cermin.platform.HybridClock.next(), node.node(), productId);
            long version = version(c, productId, false);
            c.commit();
            history.edits.add(new History.Edit(productId, node.node(), base, version, price));
        }
    }

    /** The kinds of write, in 11ths: 5 sales, 2 price edits, 2 goods received, 1 void, 1 archive or restore. */
    enum Kind {
        SALE("sale"), PRICE_EDIT("price edit"), GOODS_RECEIVED("goods received"), VOID("void"),
        ARCHIVE_OR_RESTORE("archive or restore");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind draw(Random random) {
            int n = random.nextInt(11);
            return n < 5 ? SALE : n < 7 ? PRICE_EDIT : n < 9 ? GOODS_RECEIVED : n < 10 ? VOID : ARCHIVE_OR_RESTORE;
        }
    }

    /** One random write of any kind. */
    void anything(MirrorNode node, Random random) throws SQLException {
        switch (Kind.draw(random)) {
            case SALE -> sell(node, random);
            case PRICE_EDIT -> editPrice(node, random);
            case GOODS_RECEIVED -> receive(node, random);
            case VOID -> voidOne(node, random);
            case ARCHIVE_OR_RESTORE -> archiveOrRestore(node, random);
        }
    }

    private List<String> pick(Random random, int n) {
        List<String> copy = new ArrayList<>(products);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }
}
