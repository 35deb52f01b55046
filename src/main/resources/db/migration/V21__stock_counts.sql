-- Stock opname and single adjustments. Everything is insert-only: an opname is a header,
-- the counts entered (a recount is a new row; the latest per product counts) and one
-- closing row (confirmed or cancelled). Each difference confirmed, and each single
-- adjustment, is a stock_adjustment row with its reason and one ADJUSTMENT movement.

CREATE TABLE stock_count (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    reference   VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    category_id CHAR(36)     CHARACTER SET ascii NULL,
    started_at  DATETIME(6)  NOT NULL,
    started_by  CHAR(36)     CHARACTER SET ascii NOT NULL,
    note        VARCHAR(255) NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stock_count_reference (reference),
    KEY ix_stock_count_started_at (started_at),
    KEY ix_stock_count_owner (origin_node, id),
    CONSTRAINT fk_stock_count_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_stock_count_user FOREIGN KEY (started_by) REFERENCES app_user (id)
) ENGINE = InnoDB;

-- expected: this store's stock of the product at the moment it was counted (read with
-- the product's stock row locked), so sales before and after the count are told apart.
CREATE TABLE stock_count_entry (
    id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    count_id    CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    counted     DECIMAL(14,3) NOT NULL,
    expected    DECIMAL(14,3) NOT NULL,
    unit_cost   BIGINT        NOT NULL,
    counted_at  DATETIME(6)   NOT NULL,
    counted_by  CHAR(36)      CHARACTER SET ascii NOT NULL,
    origin_node VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_stock_count_entry_count (count_id, product_id, counted_at),
    KEY ix_stock_count_entry_owner (origin_node, id),
    CONSTRAINT fk_stock_count_entry_count FOREIGN KEY (count_id) REFERENCES stock_count (id),
    CONSTRAINT fk_stock_count_entry_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_stock_count_entry_user FOREIGN KEY (counted_by) REFERENCES app_user (id),
    CONSTRAINT ck_stock_count_entry_counted CHECK (counted >= 0)
) ENGINE = InnoDB;

CREATE TABLE stock_count_close (
    id          CHAR(36)    CHARACTER SET ascii NOT NULL,
    count_id    CHAR(36)    CHARACTER SET ascii NOT NULL,
    confirmed   BOOLEAN     NOT NULL,
    closed_at   DATETIME(6) NOT NULL,
    closed_by   CHAR(36)    CHARACTER SET ascii NOT NULL,
    origin_node VARCHAR(32) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stock_count_close_count (count_id),
    KEY ix_stock_count_close_owner (origin_node, id),
    CONSTRAINT fk_stock_count_close_count FOREIGN KEY (count_id) REFERENCES stock_count (id),
    CONSTRAINT fk_stock_count_close_user FOREIGN KEY (closed_by) REFERENCES app_user (id)
) ENGINE = InnoDB;

CREATE TABLE stock_adjustment (
    id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    delta       DECIMAL(14,3) NOT NULL,
    reason      VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    note        VARCHAR(255)  NULL,
    unit_cost   BIGINT        NOT NULL,
    count_id    CHAR(36)      CHARACTER SET ascii NULL,
    adjusted_at DATETIME(6)   NOT NULL,
    adjusted_by CHAR(36)      CHARACTER SET ascii NOT NULL,
    origin_node VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_stock_adjustment_adjusted_at (adjusted_at),
    KEY ix_stock_adjustment_count (count_id),
    KEY ix_stock_adjustment_owner (origin_node, id),
    CONSTRAINT fk_stock_adjustment_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_stock_adjustment_count FOREIGN KEY (count_id) REFERENCES stock_count (id),
    CONSTRAINT fk_stock_adjustment_user FOREIGN KEY (adjusted_by) REFERENCES app_user (id),
    CONSTRAINT ck_stock_adjustment_delta CHECK (delta <> 0),
    CONSTRAINT ck_stock_adjustment_reason
        CHECK (reason IN ('RUSAK', 'HILANG', 'PAKAI_SENDIRI', 'OPNAME', 'LAINNYA'))
) ENGINE = InnoDB;

-- Returns move stock with kinds of their own.
ALTER TABLE stock_movement DROP CONSTRAINT ck_stock_movement_kind;
ALTER TABLE stock_movement ADD CONSTRAINT ck_stock_movement_kind CHECK (kind IN ('OPENING', 'SALE', 'SALE_VOID',
    'STOCK_IN', 'STOCK_IN_VOID', 'ADJUSTMENT', 'SALE_RETURN', 'PURCHASE_RETURN'));
