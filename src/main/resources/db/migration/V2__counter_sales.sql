-- Counter sales: receipt numbers and the store's own details for the receipt.

-- Receipt numbers are per node and per day (S1-20261127-0042). The row of the day is
-- locked by the checkout that takes the next number, until that checkout commits.
-- Node-local: never mirrored.
CREATE TABLE receipt_counter (
    node        VARCHAR(32) CHARACTER SET ascii NOT NULL,
    day         DATE        NOT NULL,
    kind        VARCHAR(8)  CHARACTER SET ascii NOT NULL,
    last_number INT         NOT NULL,
    PRIMARY KEY (node, day, kind)
) ENGINE = InnoDB;

-- What the receipt shows about this store. One row per node; node-local.
CREATE TABLE store_profile (
    node       VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    name       VARCHAR(100) NOT NULL,
    address    VARCHAR(255) NOT NULL,
    phone      VARCHAR(40)  NOT NULL,
    footer     VARCHAR(255) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (node)
) ENGINE = InnoDB;

-- The receipt names what was sold as it was named then, in its unit.
ALTER TABLE sale_line
    ADD COLUMN product_name VARCHAR(150) NOT NULL AFTER product_id,
    ADD COLUMN unit_code    VARCHAR(16)  NOT NULL AFTER product_name;

-- Goods received: a form sent twice makes one stock-in; lines name the product as then.
ALTER TABLE stock_in
    ADD COLUMN idempotency_key CHAR(36) CHARACTER SET ascii NOT NULL AFTER total_cost,
    ADD UNIQUE KEY uk_stock_in_idempotency (idempotency_key);
ALTER TABLE stock_in_line
    ADD COLUMN product_name VARCHAR(150) NOT NULL AFTER product_id,
    ADD COLUMN unit_code    VARCHAR(16)  NOT NULL AFTER product_name;

-- A stock-in taken back ("batalkan"), like a sale's void: insert-only, once per stock-in.
CREATE TABLE stock_in_void (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    stock_in_id CHAR(36)     CHARACTER SET ascii NOT NULL,
    voided_by   CHAR(36)     CHARACTER SET ascii NOT NULL,
    voided_at   DATETIME(6)  NOT NULL,
    reason      VARCHAR(255) NOT NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stock_in_void_stock_in (stock_in_id),
    CONSTRAINT fk_stock_in_void_stock_in FOREIGN KEY (stock_in_id) REFERENCES stock_in (id),
    CONSTRAINT fk_stock_in_void_user FOREIGN KEY (voided_by) REFERENCES app_user (id)
) ENGINE = InnoDB;
