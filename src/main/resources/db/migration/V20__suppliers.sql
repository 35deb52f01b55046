-- Suppliers as records (master data, last writer wins like products), the goods receipt
-- naming one, and what is owed to them (hutang).

CREATE TABLE supplier (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    name        VARCHAR(150) NOT NULL,
    phone       VARCHAR(40)  NOT NULL,
    address     VARCHAR(255) NOT NULL,
    archived_at DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    row_version BIGINT       NOT NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_supplier_name (name)
) ENGINE = InnoDB;

-- The supplier a receipt came from (its name as it was then stays in stock_in.supplier),
-- and how it is paid: credit_days 0 = paid on receipt, more = paid later (tempo), due
-- that many days after the business day it was received.
ALTER TABLE stock_in
    ADD COLUMN supplier_id CHAR(36) CHARACTER SET ascii NULL AFTER supplier,
    ADD COLUMN credit_days INT NOT NULL DEFAULT 0 AFTER total_cost,
    ADD CONSTRAINT fk_stock_in_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    ADD CONSTRAINT ck_stock_in_credit_days CHECK (credit_days BETWEEN 0 AND 365);

-- A payment towards one goods receipt bought on credit. Insert-only, made on the node
-- that received the goods; what is still owed is derived, never stored.
CREATE TABLE supplier_payment (
    id              CHAR(36)     CHARACTER SET ascii NOT NULL,
    stock_in_id     CHAR(36)     CHARACTER SET ascii NOT NULL,
    amount          BIGINT       NOT NULL,
    paid_at         DATETIME(6)  NOT NULL,
    paid_by         CHAR(36)     CHARACTER SET ascii NOT NULL,
    from_drawer     BOOLEAN      NOT NULL,
    note            VARCHAR(255) NULL,
    idempotency_key CHAR(36)     CHARACTER SET ascii NOT NULL,
    origin_node     VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_supplier_payment_idempotency (idempotency_key),
    KEY ix_supplier_payment_stock_in (stock_in_id),
    KEY ix_supplier_payment_owner (origin_node, id),
    CONSTRAINT fk_supplier_payment_stock_in FOREIGN KEY (stock_in_id) REFERENCES stock_in (id),
    CONSTRAINT fk_supplier_payment_user FOREIGN KEY (paid_by) REFERENCES app_user (id),
    CONSTRAINT ck_supplier_payment_amount CHECK (amount > 0)
) ENGINE = InnoDB;
