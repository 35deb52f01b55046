-- The mirror, second shape: stores reach the hub's database only through a few
-- procedures (made from the mirrored schema's description, see
-- R__Mirror_store_procedures), write only into an inbox the hub's own application applies,
-- and receive only master data and their own rows. Every database also knows its own
-- history (an incarnation changed at each restore), so a database that went back in time
-- is recognised and recovered from instead of being trusted.

-- incarnation: a new one at every restore of a backup made by Cermin (the backup's last
-- statement makes it) and whenever the mirror finds this database went back in time.
ALTER TABLE mirror_node
    ADD COLUMN incarnation CHAR(36)    CHARACTER SET ascii NULL AFTER db_id,
    ADD COLUMN restored_at DATETIME(6) NULL;
UPDATE mirror_node SET incarnation = UUID() WHERE id = 1;
ALTER TABLE mirror_node MODIFY incarnation CHAR(36) CHARACTER SET ascii NOT NULL;

-- How far the hub database's clock is ahead of this node's (measured at each mirror run);
-- versions of master data are taken on the hub's time. A row of its own, not in
-- mirror_node, whose row every writer locks until it commits.
CREATE TABLE mirror_clock (
    id          TINYINT     NOT NULL,
    offset_ms   BIGINT      NOT NULL,
    measured_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_mirror_clock_single CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO mirror_clock (id, offset_ms) VALUES (1, 0);

-- route: the store a change goes to from the hub ('*': every store). Master data and
-- shared rows go everywhere, a store's own rows only back to that store.
ALTER TABLE mirror_change
    ADD COLUMN route VARCHAR(32) CHARACTER SET ascii NOT NULL DEFAULT '*' AFTER origin,
    ADD KEY ix_mirror_change_route (route, seq);

-- The store whose shelf a movement changes (so far always the node that wrote it).
ALTER TABLE stock_movement ADD COLUMN store_node VARCHAR(32) CHARACTER SET ascii NULL AFTER origin_node;
UPDATE stock_movement SET store_node = CASE WHEN origin_node = 'DEMO' THEN 'S1' ELSE origin_node END;
ALTER TABLE stock_movement MODIFY store_node VARCHAR(32) CHARACTER SET ascii NOT NULL;

-- A store's own rows, read by range of key: for the hub's procedures and the compare.
ALTER TABLE sale ADD KEY ix_sale_owner (origin_node, id);
ALTER TABLE sale_line ADD KEY ix_sale_line_owner (origin_node, id);
ALTER TABLE sale_void ADD KEY ix_sale_void_owner (origin_node, id);
ALTER TABLE stock_in ADD KEY ix_stock_in_owner (origin_node, id);
ALTER TABLE stock_in_line ADD KEY ix_stock_in_line_owner (origin_node, id);
ALTER TABLE stock_in_void ADD KEY ix_stock_in_void_owner (origin_node, id);
ALTER TABLE stock_movement ADD KEY ix_stock_movement_owner (store_node, id);
ALTER TABLE audit_log ADD KEY ix_audit_log_owner (origin_node, id);

-- Per source database: which of its histories the cursor belongs to, and the fingerprint
-- of the change the cursor points at (both sides can then tell if the other went back).
ALTER TABLE mirror_inbound
    ADD COLUMN source_incarnation CHAR(36) CHARACTER SET ascii NULL AFTER source_node,
    ADD COLUMN last_fp            CHAR(16) CHARACTER SET ascii NULL AFTER last_seq;

-- On the hub: the stores, each with its own database account (user name, no host). Made
-- by the hub operator (server-config/hub/add-store.sql); stores cannot write it.
CREATE TABLE mirror_store (
    node            VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    account         VARCHAR(80)  CHARACTER SET ascii NOT NULL,
    added_at        DATETIME(6)  NOT NULL,
    retired_at      DATETIME(6)  NULL,
    -- Everything of the hub's log up to here has reached the store (it says so by asking
    -- for what comes after); the hub trims its log below the lowest of these.
    pulled_seq      BIGINT       NOT NULL DEFAULT 0,
    last_contact_at DATETIME(6)  NULL,
    PRIMARY KEY (node),
    UNIQUE KEY uk_mirror_store_account (account)
) ENGINE = InnoDB;

-- On the hub: what stores sent, waiting for the hub's application to check and apply it.
-- node comes from the sending account, never from the store.
-- BATCH: the source's changes first_seq..last_seq (moves the cursor); RETRY: a held group
-- sent again with its rows as they are now; REPAIR: rows the hub lacks (a compare found them).
CREATE TABLE mirror_inbox (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    node           VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    source_db      CHAR(36)      CHARACTER SET ascii NOT NULL,
    incarnation    CHAR(36)      CHARACTER SET ascii NOT NULL,
    kind           VARCHAR(8)    CHARACTER SET ascii NOT NULL,
    first_seq      BIGINT        NOT NULL,
    last_seq       BIGINT        NOT NULL,
    last_fp        CHAR(16)      CHARACTER SET ascii NULL,
    payload        LONGTEXT      NOT NULL,
    received_at    DATETIME(6)   NOT NULL,
    attempts       INT           NOT NULL DEFAULT 0,
    waiting_reason VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_mirror_inbox_node (node, id),
    CONSTRAINT ck_mirror_inbox_kind CHECK (kind IN ('BATCH', 'RETRY', 'REPAIR'))
) ENGINE = InnoDB;

-- On a store: what the hub has acknowledged of this database's changes, as last seen.
-- If the hub later says less, the hub went back in time and must get them again.
CREATE TABLE mirror_outbound (
    hub_db      CHAR(36)    CHARACTER SET ascii NOT NULL,
    acked_seq   BIGINT      NOT NULL,
    acked_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (hub_db)
) ENGINE = InnoDB;

-- On the hub: what each store's database last reported, now also whether its last compare
-- found a difference (written only through the store's procedure, under its own name).
ALTER TABLE mirror_peer ADD COLUMN diverged VARCHAR(1000) NULL;

-- A held group keeps its changes, so it can be tried again without the source's log.
ALTER TABLE mirror_error ADD COLUMN changes LONGTEXT NULL;

-- Which history of this store has been reconciled with the hub after a restore.
ALTER TABLE mirror_outbound ADD COLUMN reconciled_incarnation CHAR(36) CHARACTER SET ascii NULL;
