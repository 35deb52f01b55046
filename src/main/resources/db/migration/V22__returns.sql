-- Returns: some lines of a sale brought back by the customer (retur penjualan), or some
-- lines of a goods receipt sent back to the supplier (retur pembelian). Insert-only,
-- made on the node that made the sale or received the goods.

-- settlement: how the customer is paid back. CASH = money back from the drawer.
CREATE TABLE sale_return (
    id              CHAR(36)     CHARACTER SET ascii NOT NULL,
    sale_id         CHAR(36)     CHARACTER SET ascii NOT NULL,
    reference       VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    returned_at     DATETIME(6)  NOT NULL,
    returned_by     CHAR(36)     CHARACTER SET ascii NOT NULL,
    reason          VARCHAR(255) NOT NULL,
    restocked       BOOLEAN      NOT NULL,
    settlement      VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    refund          BIGINT       NOT NULL,
    idempotency_key CHAR(36)     CHARACTER SET ascii NOT NULL,
    origin_node     VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sale_return_reference (reference),
    UNIQUE KEY uk_sale_return_idempotency (idempotency_key),
    KEY ix_sale_return_sale (sale_id),
    KEY ix_sale_return_returned_at (returned_at),
    KEY ix_sale_return_owner (origin_node, id),
    CONSTRAINT fk_sale_return_sale FOREIGN KEY (sale_id) REFERENCES sale (id),
    CONSTRAINT fk_sale_return_user FOREIGN KEY (returned_by) REFERENCES app_user (id),
    CONSTRAINT ck_sale_return_refund CHECK (refund >= 0)
) ENGINE = InnoDB;

CREATE TABLE sale_return_line (
    id           CHAR(36)      CHARACTER SET ascii NOT NULL,
    return_id    CHAR(36)      CHARACTER SET ascii NOT NULL,
    line_no      INT           NOT NULL,
    sale_line_id CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_name VARCHAR(150)  NOT NULL,
    unit_code    VARCHAR(16)   NOT NULL,
    quantity     DECIMAL(14,3) NOT NULL,
    unit_price   BIGINT        NOT NULL,
    line_total   BIGINT        NOT NULL,
    origin_node  VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sale_return_line_no (return_id, line_no),
    KEY ix_sale_return_line_sale_line (sale_line_id),
    KEY ix_sale_return_line_owner (origin_node, id),
    CONSTRAINT fk_sale_return_line_return FOREIGN KEY (return_id) REFERENCES sale_return (id),
    CONSTRAINT fk_sale_return_line_sale_line FOREIGN KEY (sale_line_id) REFERENCES sale_line (id),
    CONSTRAINT fk_sale_return_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_sale_return_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB;

CREATE TABLE purchase_return (
    id              CHAR(36)     CHARACTER SET ascii NOT NULL,
    stock_in_id     CHAR(36)     CHARACTER SET ascii NOT NULL,
    reference       VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    returned_at     DATETIME(6)  NOT NULL,
    returned_by     CHAR(36)     CHARACTER SET ascii NOT NULL,
    reason          VARCHAR(255) NOT NULL,
    total_cost      BIGINT       NOT NULL,
    idempotency_key CHAR(36)     CHARACTER SET ascii NOT NULL,
    origin_node     VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_purchase_return_reference (reference),
    UNIQUE KEY uk_purchase_return_idempotency (idempotency_key),
    KEY ix_purchase_return_stock_in (stock_in_id),
    KEY ix_purchase_return_owner (origin_node, id),
    CONSTRAINT fk_purchase_return_stock_in FOREIGN KEY (stock_in_id) REFERENCES stock_in (id),
    CONSTRAINT fk_purchase_return_user FOREIGN KEY (returned_by) REFERENCES app_user (id)
) ENGINE = InnoDB;

CREATE TABLE purchase_return_line (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    return_id        CHAR(36)      CHARACTER SET ascii NOT NULL,
    line_no          INT           NOT NULL,
    stock_in_line_id CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_name     VARCHAR(150)  NOT NULL,
    unit_code        VARCHAR(16)   NOT NULL,
    quantity         DECIMAL(14,3) NOT NULL,
    unit_cost        BIGINT        NOT NULL,
    line_total       BIGINT        NOT NULL,
    origin_node      VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_purchase_return_line_no (return_id, line_no),
    KEY ix_purchase_return_line_stock_in_line (stock_in_line_id),
    KEY ix_purchase_return_line_owner (origin_node, id),
    CONSTRAINT fk_purchase_return_line_return FOREIGN KEY (return_id) REFERENCES purchase_return (id),
    CONSTRAINT fk_purchase_return_line_stock_in_line FOREIGN KEY (stock_in_line_id) REFERENCES stock_in_line (id),
    CONSTRAINT fk_purchase_return_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_purchase_return_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB;
