-- Prices per store, optional per product: a branch far away may sell at a higher price.
-- Master data (last writer wins, every node gets it); a product without a row for a store
-- sells there at its own sell_price. Its id is made from the product and the store, so
-- the same price set on two nodes is the same row; removing it archives the row.
CREATE TABLE product_store_price (
    id          CHAR(36)    CHARACTER SET ascii NOT NULL,
    product_id  CHAR(36)    CHARACTER SET ascii NOT NULL,
    store_node  VARCHAR(32) CHARACTER SET ascii NOT NULL,
    sell_price  BIGINT      NOT NULL,
    archived_at DATETIME(6) NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    row_version BIGINT      NOT NULL,
    origin_node VARCHAR(32) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_product_store_price (product_id, store_node),
    CONSTRAINT fk_product_store_price_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_product_store_price CHECK (sell_price >= 0)
) ENGINE = InnoDB;
