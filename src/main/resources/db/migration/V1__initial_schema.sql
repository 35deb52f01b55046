-- Cermin schema, version 1.
-- Keys are UUIDs made by the application (two databases create rows independently).
-- Money is whole rupiah in BIGINT; quantities are DECIMAL(14,3); times are UTC.
-- Master data (users, categories, units, products) carries row_version (a hybrid
-- logical clock) and origin_node for last-writer-wins mirroring, and is archived,
-- never deleted. Sales, stock-ins and the stock ledger are insert-only.

CREATE TABLE app_user (
    id            CHAR(36)     CHARACTER SET ascii NOT NULL,
    username      VARCHAR(50)  NOT NULL,
    full_name     VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) CHARACTER SET ascii NOT NULL,
    role          VARCHAR(10)  CHARACTER SET ascii NOT NULL,
    archived_at   DATETIME(6)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    row_version   BIGINT       NOT NULL,
    origin_node   VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_username (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('OWNER', 'ADMIN', 'KASIR'))
) ENGINE = InnoDB;

CREATE TABLE category (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    name        VARCHAR(100) NOT NULL,
    archived_at DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    row_version BIGINT       NOT NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_category_name (name)
) ENGINE = InnoDB;

CREATE TABLE unit (
    id               CHAR(36)    CHARACTER SET ascii NOT NULL,
    code             VARCHAR(16) NOT NULL,
    allows_fraction  BOOLEAN     NOT NULL,
    archived_at      DATETIME(6) NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    row_version      BIGINT      NOT NULL,
    origin_node      VARCHAR(32) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_unit_code (code)
) ENGINE = InnoDB;

CREATE TABLE product (
    id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    barcode     VARCHAR(64)   CHARACTER SET ascii NULL,
    name        VARCHAR(150)  NOT NULL,
    category_id CHAR(36)      CHARACTER SET ascii NOT NULL,
    unit_code   VARCHAR(16)   NOT NULL,
    cost_price  BIGINT        NOT NULL,
    sell_price  BIGINT        NOT NULL,
    min_stock   DECIMAL(14,3) NOT NULL DEFAULT 0,
    -- Cache of SUM(stock_movement.delta), kept on each node, never mirrored.
    stock       DECIMAL(14,3) NOT NULL DEFAULT 0,
    archived_at DATETIME(6)   NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    row_version BIGINT        NOT NULL,
    origin_node VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_product_barcode (barcode),
    KEY ix_product_name (name),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_product_unit FOREIGN KEY (unit_code) REFERENCES unit (code) ON UPDATE CASCADE,
    CONSTRAINT ck_product_prices CHECK (cost_price >= 0 AND sell_price >= 0),
    CONSTRAINT ck_product_min_stock CHECK (min_stock >= 0)
) ENGINE = InnoDB;

CREATE TABLE sale (
    id              CHAR(36)      CHARACTER SET ascii NOT NULL,
    receipt_no      VARCHAR(40)   CHARACTER SET ascii NOT NULL,
    cashier_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    sold_at         DATETIME(6)   NOT NULL,
    total           BIGINT        NOT NULL,
    paid            BIGINT        NOT NULL,
    change_due      BIGINT        NOT NULL,
    item_count      DECIMAL(14,3) NOT NULL,
    idempotency_key CHAR(36)      CHARACTER SET ascii NOT NULL,
    origin_node     VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sale_receipt_no (receipt_no),
    UNIQUE KEY uk_sale_idempotency (idempotency_key),
    KEY ix_sale_sold_at (sold_at),
    CONSTRAINT fk_sale_cashier FOREIGN KEY (cashier_id) REFERENCES app_user (id),
    CONSTRAINT ck_sale_amounts CHECK (total >= 0 AND paid >= total AND change_due = paid - total)
) ENGINE = InnoDB;

CREATE TABLE sale_line (
    id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    sale_id     CHAR(36)      CHARACTER SET ascii NOT NULL,
    line_no     INT           NOT NULL,
    product_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    quantity    DECIMAL(14,3) NOT NULL,
    unit_price  BIGINT        NOT NULL,
    unit_cost   BIGINT        NOT NULL,
    line_total  BIGINT        NOT NULL,
    origin_node VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sale_line_no (sale_id, line_no),
    KEY ix_sale_line_product (product_id),
    CONSTRAINT fk_sale_line_sale FOREIGN KEY (sale_id) REFERENCES sale (id),
    CONSTRAINT fk_sale_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_sale_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB;

-- A void is its own insert-only row: the sale itself is never updated.
CREATE TABLE sale_void (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    sale_id     CHAR(36)     CHARACTER SET ascii NOT NULL,
    voided_by   CHAR(36)     CHARACTER SET ascii NOT NULL,
    voided_at   DATETIME(6)  NOT NULL,
    reason      VARCHAR(255) NOT NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sale_void_sale (sale_id),
    CONSTRAINT fk_sale_void_sale FOREIGN KEY (sale_id) REFERENCES sale (id),
    CONSTRAINT fk_sale_void_user FOREIGN KEY (voided_by) REFERENCES app_user (id)
) ENGINE = InnoDB;

CREATE TABLE stock_in (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    reference   VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    received_by CHAR(36)     CHARACTER SET ascii NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    supplier    VARCHAR(150) NULL,
    note        VARCHAR(500) NULL,
    total_cost  BIGINT       NOT NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stock_in_reference (reference),
    KEY ix_stock_in_received_at (received_at),
    CONSTRAINT fk_stock_in_user FOREIGN KEY (received_by) REFERENCES app_user (id)
) ENGINE = InnoDB;

CREATE TABLE stock_in_line (
    id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    stock_in_id CHAR(36)      CHARACTER SET ascii NOT NULL,
    line_no     INT           NOT NULL,
    product_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    quantity    DECIMAL(14,3) NOT NULL,
    unit_cost   BIGINT        NOT NULL,
    line_total  BIGINT        NOT NULL,
    origin_node VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stock_in_line_no (stock_in_id, line_no),
    CONSTRAINT fk_stock_in_line_stock_in FOREIGN KEY (stock_in_id) REFERENCES stock_in (id),
    CONSTRAINT fk_stock_in_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_stock_in_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB;

-- The stock ledger: every change of stock is one row; stock is their sum.
CREATE TABLE stock_movement (
    id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    delta       DECIMAL(14,3) NOT NULL,
    kind        VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    source_id   CHAR(36)      CHARACTER SET ascii NULL,
    moved_at    DATETIME(6)   NOT NULL,
    moved_by    CHAR(36)      CHARACTER SET ascii NULL,
    origin_node VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_stock_movement_product (product_id, moved_at),
    KEY ix_stock_movement_source (source_id),
    CONSTRAINT fk_stock_movement_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_stock_movement_kind CHECK (kind IN ('OPENING', 'SALE', 'SALE_VOID', 'STOCK_IN', 'STOCK_IN_VOID', 'ADJUSTMENT'))
) ENGINE = InnoDB;

CREATE TABLE audit_log (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    at          DATETIME(6)  NOT NULL,
    username    VARCHAR(50)  NULL,
    action      VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    entity      VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    entity_id   CHAR(36)     CHARACTER SET ascii NULL,
    detail      VARCHAR(1000) NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_log_at (at)
) ENGINE = InnoDB;
