-- Selling the way a toko bangunan sells: several units per product, price levels and
-- quantity breaks, customers on credit (bon), discounts, payment methods.
--
-- A product's base unit is the unit its stock is kept in (product.unit_code); its price
-- and barcode stay on the product row, so every existing product sells exactly as before.
-- Further selling units, price rules and customers are master data; what a sale or a
-- payment did is insert-only, and a customer's balance is derived from those rows.

-- A further unit a product is sold in: 1 sak = 40 kg, 1 roll = 50 meter. factor = base
-- units in one of this unit; sell_price = its own (eceran) price; its barcode selects it.
CREATE TABLE product_unit (
    id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    unit_code   VARCHAR(16)   NOT NULL,
    factor      DECIMAL(14,3) NOT NULL,
    sell_price  BIGINT        NOT NULL,
    barcode     VARCHAR(64)   CHARACTER SET ascii NULL,
    archived_at DATETIME(6)   NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    row_version BIGINT        NOT NULL,
    origin_node VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_product_unit (product_id, unit_code),
    UNIQUE KEY uk_product_unit_barcode (barcode),
    CONSTRAINT fk_product_unit_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_product_unit_unit FOREIGN KEY (unit_code) REFERENCES unit (code) ON UPDATE CASCADE,
    CONSTRAINT ck_product_unit_factor CHECK (factor > 0),
    CONSTRAINT ck_product_unit_price CHECK (sell_price >= 0)
) ENGINE = InnoDB;

-- A price rule for one unit of a product: the price at a level (eceran for everyone,
-- grosir and kontraktor for customers of that type), from a quantity on (a quantity
-- break), at every store ('*') or at one store only (a branch far away sells dearer).
-- The unit's own price is the rule (ECERAN, from 1, every store) and is never repeated here.
CREATE TABLE product_price (
    id           CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    unit_code    VARCHAR(16)   NOT NULL,
    level        VARCHAR(12)   CHARACTER SET ascii NOT NULL,
    min_quantity DECIMAL(14,3) NOT NULL,
    store_node   VARCHAR(32)   CHARACTER SET ascii NOT NULL DEFAULT '*',
    price        BIGINT        NOT NULL,
    archived_at  DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    row_version  BIGINT        NOT NULL,
    origin_node  VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_product_price (product_id, unit_code, level, min_quantity, store_node),
    CONSTRAINT fk_product_price_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_product_price_unit FOREIGN KEY (unit_code) REFERENCES unit (code) ON UPDATE CASCADE,
    CONSTRAINT ck_product_price_level CHECK (level IN ('ECERAN', 'GROSIR', 'KONTRAKTOR')),
    CONSTRAINT ck_product_price_amounts CHECK (price >= 0 AND min_quantity > 0),
    CONSTRAINT ck_product_price_not_default
        CHECK (NOT (level = 'ECERAN' AND min_quantity = 1 AND store_node = '*'))
) ENGINE = InnoDB;

-- A customer: its type is the price level it buys at; credit_limit is what it may owe
-- at one store (0: no bon without the owner's approval).
CREATE TABLE customer (
    id           CHAR(36)     CHARACTER SET ascii NOT NULL,
    name         VARCHAR(100) NOT NULL,
    phone        VARCHAR(40)  NULL,
    address      VARCHAR(255) NULL,
    type         VARCHAR(12)  CHARACTER SET ascii NOT NULL,
    credit_limit BIGINT       NOT NULL,
    archived_at  DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    row_version  BIGINT       NOT NULL,
    origin_node  VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_customer_name (name),
    CONSTRAINT ck_customer_type CHECK (type IN ('ECERAN', 'GROSIR', 'KONTRAKTOR')),
    CONSTRAINT ck_customer_limit CHECK (credit_limit >= 0)
) ENGINE = InnoDB;

-- A sale now has a customer (optional), a discount on the whole sale, the part of what was
-- handed over that was not cash (transfer, QRIS, card: its rows are sale_payment), and
-- what was left on the customer's account (credit, a bon). Change comes only from cash.
-- Existing sales were cash sales without customer or discount: the defaults say so.
ALTER TABLE sale
    ADD COLUMN customer_id CHAR(36) CHARACTER SET ascii NULL AFTER cashier_id,
    ADD COLUMN discount    BIGINT   NOT NULL DEFAULT 0 AFTER total,
    ADD COLUMN non_cash    BIGINT   NOT NULL DEFAULT 0 AFTER paid,
    ADD COLUMN credit      BIGINT   NOT NULL DEFAULT 0 AFTER change_due,
    DROP CONSTRAINT ck_sale_amounts,
    ADD CONSTRAINT fk_sale_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    ADD KEY ix_sale_customer (customer_id, sold_at),
    ADD CONSTRAINT ck_sale_amounts CHECK (total >= 0 AND discount >= 0 AND paid >= 0 AND change_due >= 0
        AND credit >= 0 AND paid - change_due + credit = total),
    ADD CONSTRAINT ck_sale_change_cash CHECK (non_cash >= 0 AND non_cash <= paid AND change_due <= paid - non_cash),
    ADD CONSTRAINT ck_sale_credit_customer CHECK (credit = 0 OR customer_id IS NOT NULL);

-- A line is sold in one of the product's units: unit_code and quantity as sold, unit_factor
-- base units per unit sold (stock moves by quantity x unit_factor), unit_price per unit sold,
-- unit_cost per BASE unit (so profit = total - unit_cost x quantity x unit_factor stays exact),
-- and a discount in rupiah taken off the line.
ALTER TABLE sale_line
    ADD COLUMN unit_factor DECIMAL(14,3) NOT NULL DEFAULT 1 AFTER unit_code,
    ADD COLUMN discount    BIGINT        NOT NULL DEFAULT 0 AFTER unit_cost,
    ADD CONSTRAINT ck_sale_line_unit CHECK (unit_factor > 0 AND discount >= 0 AND line_total >= 0);

-- What was paid other than cash, one row per method used (a split payment has several).
CREATE TABLE sale_payment (
    id          CHAR(36)    CHARACTER SET ascii NOT NULL,
    sale_id     CHAR(36)    CHARACTER SET ascii NOT NULL,
    line_no     INT         NOT NULL,
    method      VARCHAR(10) CHARACTER SET ascii NOT NULL,
    amount      BIGINT      NOT NULL,
    reference   VARCHAR(60) NULL,
    origin_node VARCHAR(32) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sale_payment_no (sale_id, line_no),
    KEY ix_sale_payment_owner (origin_node, id),
    CONSTRAINT fk_sale_payment_sale FOREIGN KEY (sale_id) REFERENCES sale (id),
    CONSTRAINT ck_sale_payment_method CHECK (method IN ('TRANSFER', 'QRIS', 'KARTU')),
    CONSTRAINT ck_sale_payment_amount CHECK (amount > 0)
) ENGINE = InnoDB;

-- Goods may be received in any of the product's units too (10 sak of a product kept in kg).
ALTER TABLE stock_in_line
    ADD COLUMN unit_factor DECIMAL(14,3) NOT NULL DEFAULT 1 AFTER unit_code,
    ADD CONSTRAINT ck_stock_in_line_unit CHECK (unit_factor > 0);

-- A payment of a customer's bon at the store that gave it. Insert-only: a payment entered
-- by mistake is taken back by a row of its own with the negative amount (reverses_id).
-- Payments settle the oldest bon first; that allocation is derived, never stored.
CREATE TABLE customer_payment (
    id              CHAR(36)     CHARACTER SET ascii NOT NULL,
    receipt_no      VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    customer_id     CHAR(36)     CHARACTER SET ascii NOT NULL,
    paid_at         DATETIME(6)  NOT NULL,
    amount          BIGINT       NOT NULL,
    method          VARCHAR(10)  CHARACTER SET ascii NOT NULL,
    reference       VARCHAR(60)  NULL,
    note            VARCHAR(255) NULL,
    received_by     CHAR(36)     CHARACTER SET ascii NOT NULL,
    reverses_id     CHAR(36)     CHARACTER SET ascii NULL,
    idempotency_key CHAR(36)     CHARACTER SET ascii NOT NULL,
    origin_node     VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_customer_payment_receipt_no (receipt_no),
    UNIQUE KEY uk_customer_payment_idempotency (idempotency_key),
    UNIQUE KEY uk_customer_payment_reverses (reverses_id),
    KEY ix_customer_payment_customer (customer_id, paid_at),
    KEY ix_customer_payment_paid_at (paid_at),
    KEY ix_customer_payment_owner (origin_node, id),
    CONSTRAINT fk_customer_payment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_customer_payment_user FOREIGN KEY (received_by) REFERENCES app_user (id),
    CONSTRAINT fk_customer_payment_reverses FOREIGN KEY (reverses_id) REFERENCES customer_payment (id),
    CONSTRAINT ck_customer_payment_method CHECK (method IN ('TUNAI', 'TRANSFER', 'QRIS', 'KARTU')),
    CONSTRAINT ck_customer_payment_amount
        CHECK ((reverses_id IS NULL AND amount > 0) OR (reverses_id IS NOT NULL AND amount < 0))
) ENGINE = InnoDB;

-- How much discount a cashier and an admin may give on their own, in percent of the sale
-- (the owner has no limit). Node-local like the rest of the store's settings.
ALTER TABLE store_profile
    ADD COLUMN kasir_discount_limit DECIMAL(5,2) NOT NULL DEFAULT 5 AFTER time_zone,
    ADD COLUMN admin_discount_limit DECIMAL(5,2) NOT NULL DEFAULT 10 AFTER kasir_discount_limit,
    ADD CONSTRAINT ck_store_profile_discount_limits
        CHECK (kasir_discount_limit BETWEEN 0 AND 100 AND admin_discount_limit BETWEEN 0 AND 100);

-- The store's static QRIS image, shown at the counter and printed on receipts. Node-local:
-- each branch may have its own merchant account.
CREATE TABLE store_qris (
    node         VARCHAR(32) CHARACTER SET ascii NOT NULL,
    content_type VARCHAR(20) CHARACTER SET ascii NOT NULL,
    image        MEDIUMBLOB  NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (node),
    CONSTRAINT ck_store_qris_type CHECK (content_type IN ('image/png', 'image/jpeg'))
) ENGINE = InnoDB;
