-- Many stores: the chain's branches, and stock sent from one branch to another
-- (mutasi stok) with the receiving branch's confirmation that it arrived.

-- The branches of the chain, so a store can say where goods go and the hub can name each
-- store. Master data (last writer wins, every node gets it); the hub's server keeps a row
-- for every store registered with it (its id is made from the node name, so two nodes
-- making the same branch make the same row).
CREATE TABLE branch (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    node        VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    name        VARCHAR(100) NOT NULL,
    address     VARCHAR(255) NULL,
    archived_at DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    row_version BIGINT       NOT NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_branch_node (node)
) ENGINE = InnoDB;

-- Goods sent by one store to another: written once at the sending store (its own row,
-- which also travels to the receiving store), with the sending shelf's movements
-- (TRANSFER_OUT) in the same transaction. Never updated: its receipt is a row of its own.
CREATE TABLE stock_transfer (
    id              CHAR(36)     CHARACTER SET ascii NOT NULL,
    reference       VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    from_store      VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    to_store        VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    sent_by         CHAR(36)     CHARACTER SET ascii NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    note            VARCHAR(500) NULL,
    idempotency_key CHAR(36)     CHARACTER SET ascii NOT NULL,
    origin_node     VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stock_transfer_reference (reference),
    UNIQUE KEY uk_stock_transfer_idempotency (idempotency_key),
    KEY ix_stock_transfer_sent_at (sent_at),
    KEY ix_stock_transfer_owner (from_store, id),
    KEY ix_stock_transfer_reader (to_store, id),
    CONSTRAINT fk_stock_transfer_user FOREIGN KEY (sent_by) REFERENCES app_user (id),
    CONSTRAINT ck_stock_transfer_stores CHECK (from_store <> to_store AND origin_node = from_store)
) ENGINE = InnoDB;

CREATE TABLE stock_transfer_line (
    id           CHAR(36)      CHARACTER SET ascii NOT NULL,
    transfer_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    line_no      INT           NOT NULL,
    product_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    product_name VARCHAR(150)  NOT NULL,
    unit_code    VARCHAR(16)   NOT NULL,
    quantity     DECIMAL(14,3) NOT NULL,
    from_store   VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    to_store     VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    origin_node  VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stock_transfer_line_no (transfer_id, line_no),
    KEY ix_stock_transfer_line_owner (from_store, id),
    KEY ix_stock_transfer_line_reader (to_store, id),
    CONSTRAINT fk_stock_transfer_line_transfer FOREIGN KEY (transfer_id) REFERENCES stock_transfer (id),
    CONSTRAINT fk_stock_transfer_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_stock_transfer_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB;

-- The receiving store's "Terima barang": its own row (which also travels back to the
-- sender), written with its shelf's movements (TRANSFER_IN). One per transfer, so the
-- goods arrive once however often the button is pressed or the link is cut.
CREATE TABLE stock_transfer_receipt (
    id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    transfer_id CHAR(36)     CHARACTER SET ascii NOT NULL,
    received_by CHAR(36)     CHARACTER SET ascii NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    note        VARCHAR(500) NULL,
    to_store    VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    from_store  VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    origin_node VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stock_transfer_receipt_transfer (transfer_id),
    KEY ix_stock_transfer_receipt_owner (to_store, id),
    KEY ix_stock_transfer_receipt_reader (from_store, id),
    CONSTRAINT fk_stock_transfer_receipt_transfer FOREIGN KEY (transfer_id) REFERENCES stock_transfer (id),
    CONSTRAINT fk_stock_transfer_receipt_user FOREIGN KEY (received_by) REFERENCES app_user (id),
    CONSTRAINT ck_stock_transfer_receipt_store CHECK (origin_node = to_store)
) ENGINE = InnoDB;

-- Transfers move stock with kinds of their own (the list keeps every kind made before).
ALTER TABLE stock_movement DROP CONSTRAINT ck_stock_movement_kind;
ALTER TABLE stock_movement ADD CONSTRAINT ck_stock_movement_kind CHECK (kind IN ('OPENING', 'SALE', 'SALE_VOID',
    'STOCK_IN', 'STOCK_IN_VOID', 'ADJUSTMENT', 'SALE_RETURN', 'PURCHASE_RETURN', 'TRANSFER_OUT', 'TRANSFER_IN'));

-- Each store's shelf of each product, summed from the ledger alone (the hub's stock page).
ALTER TABLE stock_movement ADD KEY ix_stock_movement_shelf (product_id, store_node, delta);

