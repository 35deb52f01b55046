-- The mirror: every write to a mirrored table is captured by a trigger into
-- mirror_change, in the writing transaction, numbered in commit order.
--
-- Commit order: mirror_capture() increments mirror_node.seq, and the row lock it takes
-- is held until the writing transaction ends. A second writer waits there, so its
-- numbers are all higher than those of every transaction that committed before it,
-- and a reader that has seen number N has seen every committed change below N.
-- Writers lock their stock rows (product) before their first captured insert, so this
-- lock is always the last one a transaction takes.
--
-- @cermin_origin: unset for ordinary writes (captured with this node as origin); the
-- mirror sets it to the source node while applying a batch (the hub relays the change
-- to other stores under its true origin), or to '' to apply without capturing.

-- Which database this is (a reinstalled store gets a new id, so the other side never
-- mistakes its new change numbers for old ones), the node that writes here, and the
-- change counter.
CREATE TABLE mirror_node (
    id    TINYINT     NOT NULL,
    db_id CHAR(36)    CHARACTER SET ascii NOT NULL,
    node  VARCHAR(32) CHARACTER SET ascii NOT NULL,
    seq   BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_mirror_node_single CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO mirror_node (id, db_id, node, seq) VALUES (1, UUID(), '?', 0);

-- The change log. conn groups the changes of one connection: a transaction's changes
-- are consecutive and share it, so a batch is only ever cut where it changes.
CREATE TABLE mirror_change (
    seq          BIGINT      NOT NULL,
    conn         BIGINT      NOT NULL,
    table_name   VARCHAR(32) CHARACTER SET ascii NOT NULL,
    row_id       CHAR(36)    CHARACTER SET ascii NOT NULL,
    op           CHAR(1)     CHARACTER SET ascii NOT NULL,
    base_version BIGINT      NULL,
    origin       VARCHAR(32) CHARACTER SET ascii NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT ck_mirror_change_op CHECK (op IN ('I', 'U', 'D'))
) ENGINE = InnoDB;

-- Per source database: the last change applied here, written in the same transaction
-- as the batch it ends, so a batch delivered twice is applied once.
CREATE TABLE mirror_inbound (
    source_db   CHAR(36)    CHARACTER SET ascii NOT NULL,
    source_node VARCHAR(32) CHARACTER SET ascii NOT NULL,
    last_seq    BIGINT      NOT NULL,
    applied_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (source_db)
) ENGINE = InnoDB;

-- On the hub: what each store last reported (its dashboard, and how far the hub's own
-- log may be purged).
CREATE TABLE mirror_peer (
    db_id           CHAR(36)      CHARACTER SET ascii NOT NULL,
    node            VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    pulled_seq      BIGINT        NOT NULL,
    last_run_at     DATETIME(6)   NOT NULL,
    last_success_at DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (db_id)
) ENGINE = InnoDB;

-- On the store: one row per mirror run.
CREATE TABLE mirror_run (
    id            CHAR(36)      CHARACTER SET ascii NOT NULL,
    started_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6)   NULL,
    trigger_kind  VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    pushed        INT           NOT NULL DEFAULT 0,
    pulled        INT           NOT NULL DEFAULT 0,
    hub_reachable BOOLEAN       NOT NULL DEFAULT FALSE,
    result        VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    error         VARCHAR(1000) NULL,
    -- The hub's cursor for this store at the end of the run (what is still to push),
    -- and the changes held back on either side then, as JSON, for the dashboard.
    acked_seq     BIGINT        NULL,
    held          TEXT          NULL,
    PRIMARY KEY (id),
    KEY ix_mirror_run_started (started_at)
) ENGINE = InnoDB;

-- Changes the destination refused: held with their whole group (seq range of the
-- source's log), written at the destination in the batch's own transaction, retried on
-- every run, shown with table, row and reason. PUSH = store to hub, PULL = hub to store.
CREATE TABLE mirror_error (
    id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    direction   VARCHAR(4)    CHARACTER SET ascii NOT NULL,
    source_db   CHAR(36)      CHARACTER SET ascii NOT NULL,
    first_seq   BIGINT        NOT NULL,
    last_seq    BIGINT        NOT NULL,
    table_name  VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    row_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    first_at    DATETIME(6)   NOT NULL,
    last_at     DATETIME(6)   NOT NULL,
    attempts    INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_mirror_error_group (direction, source_db, first_seq),
    CONSTRAINT ck_mirror_error_direction CHECK (direction IN ('PUSH', 'PULL'))
) ENGINE = InnoDB;

-- A concurrent overwrite of master data: both values, and which one won. Mirrored
-- (insert-only, set union) so the owner sees it on every node. Made only of the two rows
-- (detected_at = the later write, origin_node = the winner's), so the same conflict
-- found on two nodes is the same row.
CREATE TABLE mirror_conflict (
    id             CHAR(36)      CHARACTER SET ascii NOT NULL,
    table_name     VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    row_id         CHAR(36)      CHARACTER SET ascii NOT NULL,
    winner_version BIGINT        NOT NULL,
    winner_origin  VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    winner_values  TEXT          NOT NULL,
    loser_version  BIGINT        NOT NULL,
    loser_origin   VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    loser_values   TEXT          NOT NULL,
    detected_at    DATETIME(6)   NOT NULL,
    origin_node    VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_mirror_conflict_detected (detected_at)
) ENGINE = InnoDB;

DELIMITER $$

CREATE PROCEDURE mirror_capture(IN p_table VARCHAR(32), IN p_id CHAR(36), IN p_op CHAR(1), IN p_base BIGINT)
BEGIN
    DECLARE v_seq BIGINT;
    DECLARE v_node VARCHAR(32);
    IF @cermin_origin IS NULL OR @cermin_origin <> '' THEN
        UPDATE mirror_node SET seq = seq + 1 WHERE id = 1;
        SELECT seq, node INTO v_seq, v_node FROM mirror_node WHERE id = 1 FOR UPDATE;
        INSERT INTO mirror_change (seq, conn, table_name, row_id, op, base_version, origin, changed_at)
        VALUES (v_seq, CONNECTION_ID(), p_table, p_id, p_op, p_base, COALESCE(@cermin_origin, v_node),
                UTC_TIMESTAMP(6));
    END IF;
END$$

-- Master data: a manual UPDATE that leaves row_version alone still gets a new version
-- and this node as origin (BEFORE UPDATE), so it wins over older copies elsewhere.
-- An UPDATE that only moves product.stock (node-local) is not captured.
CREATE TRIGGER unit_mirror_bu BEFORE UPDATE ON unit FOR EACH ROW
BEGIN
    IF @cermin_origin IS NULL AND NEW.row_version = OLD.row_version AND NOT (OLD.code <=> NEW.code AND OLD.allows_fraction <=> NEW.allows_fraction AND OLD.archived_at <=> NEW.archived_at AND OLD.created_at <=> NEW.created_at) THEN
        SET NEW.row_version = GREATEST(OLD.row_version + 1, FLOOR(UNIX_TIMESTAMP(NOW(3)) * 1000) << 16);
        SET NEW.origin_node = (SELECT node FROM mirror_node WHERE id = 1);
        SET NEW.updated_at = UTC_TIMESTAMP(6);
    END IF;
END$$
CREATE TRIGGER unit_mirror_ai AFTER INSERT ON unit FOR EACH ROW
    CALL mirror_capture('unit', NEW.id, 'I', NULL)$$
CREATE TRIGGER unit_mirror_au AFTER UPDATE ON unit FOR EACH ROW
BEGIN
    IF NOT (OLD.code <=> NEW.code AND OLD.allows_fraction <=> NEW.allows_fraction AND OLD.archived_at <=> NEW.archived_at AND OLD.created_at <=> NEW.created_at AND OLD.updated_at <=> NEW.updated_at AND OLD.row_version <=> NEW.row_version AND OLD.origin_node <=> NEW.origin_node AND OLD.id <=> NEW.id) THEN
        CALL mirror_capture('unit', NEW.id, 'U', OLD.row_version);
    END IF;
END$$
CREATE TRIGGER unit_mirror_ad AFTER DELETE ON unit FOR EACH ROW
    CALL mirror_capture('unit', OLD.id, 'D', OLD.row_version)$$

CREATE TRIGGER category_mirror_bu BEFORE UPDATE ON category FOR EACH ROW
BEGIN
    IF @cermin_origin IS NULL AND NEW.row_version = OLD.row_version AND NOT (OLD.name <=> NEW.name AND OLD.archived_at <=> NEW.archived_at AND OLD.created_at <=> NEW.created_at) THEN
        SET NEW.row_version = GREATEST(OLD.row_version + 1, FLOOR(UNIX_TIMESTAMP(NOW(3)) * 1000) << 16);
        SET NEW.origin_node = (SELECT node FROM mirror_node WHERE id = 1);
        SET NEW.updated_at = UTC_TIMESTAMP(6);
    END IF;
END$$
CREATE TRIGGER category_mirror_ai AFTER INSERT ON category FOR EACH ROW
    CALL mirror_capture('category', NEW.id, 'I', NULL)$$
CREATE TRIGGER category_mirror_au AFTER UPDATE ON category FOR EACH ROW
BEGIN
    IF NOT (OLD.name <=> NEW.name AND OLD.archived_at <=> NEW.archived_at AND OLD.created_at <=> NEW.created_at AND OLD.updated_at <=> NEW.updated_at AND OLD.row_version <=> NEW.row_version AND OLD.origin_node <=> NEW.origin_node AND OLD.id <=> NEW.id) THEN
        CALL mirror_capture('category', NEW.id, 'U', OLD.row_version);
    END IF;
END$$
CREATE TRIGGER category_mirror_ad AFTER DELETE ON category FOR EACH ROW
    CALL mirror_capture('category', OLD.id, 'D', OLD.row_version)$$

CREATE TRIGGER app_user_mirror_bu BEFORE UPDATE ON app_user FOR EACH ROW
BEGIN
    IF @cermin_origin IS NULL AND NEW.row_version = OLD.row_version AND NOT (OLD.username <=> NEW.username AND OLD.full_name <=> NEW.full_name AND OLD.password_hash <=> NEW.password_hash AND OLD.role <=> NEW.role AND OLD.archived_at <=> NEW.archived_at AND OLD.created_at <=> NEW.created_at) THEN
        SET NEW.row_version = GREATEST(OLD.row_version + 1, FLOOR(UNIX_TIMESTAMP(NOW(3)) * 1000) << 16);
        SET NEW.origin_node = (SELECT node FROM mirror_node WHERE id = 1);
        SET NEW.updated_at = UTC_TIMESTAMP(6);
    END IF;
END$$
CREATE TRIGGER app_user_mirror_ai AFTER INSERT ON app_user FOR EACH ROW
    CALL mirror_capture('app_user', NEW.id, 'I', NULL)$$
CREATE TRIGGER app_user_mirror_au AFTER UPDATE ON app_user FOR EACH ROW
BEGIN
    IF NOT (OLD.username <=> NEW.username AND OLD.full_name <=> NEW.full_name AND OLD.password_hash <=> NEW.password_hash AND OLD.role <=> NEW.role AND OLD.archived_at <=> NEW.archived_at AND OLD.created_at <=> NEW.created_at AND OLD.updated_at <=> NEW.updated_at AND OLD.row_version <=> NEW.row_version AND OLD.origin_node <=> NEW.origin_node AND OLD.id <=> NEW.id) THEN
        CALL mirror_capture('app_user', NEW.id, 'U', OLD.row_version);
    END IF;
END$$
CREATE TRIGGER app_user_mirror_ad AFTER DELETE ON app_user FOR EACH ROW
    CALL mirror_capture('app_user', OLD.id, 'D', OLD.row_version)$$

CREATE TRIGGER product_mirror_bu BEFORE UPDATE ON product FOR EACH ROW
BEGIN
    IF @cermin_origin IS NULL AND NEW.row_version = OLD.row_version AND NOT (OLD.barcode <=> NEW.barcode AND OLD.name <=> NEW.name AND OLD.category_id <=> NEW.category_id AND OLD.unit_code <=> NEW.unit_code AND OLD.cost_price <=> NEW.cost_price AND OLD.sell_price <=> NEW.sell_price AND OLD.min_stock <=> NEW.min_stock AND OLD.archived_at <=> NEW.archived_at AND OLD.created_at <=> NEW.created_at) THEN
        SET NEW.row_version = GREATEST(OLD.row_version + 1, FLOOR(UNIX_TIMESTAMP(NOW(3)) * 1000) << 16);
        SET NEW.origin_node = (SELECT node FROM mirror_node WHERE id = 1);
        SET NEW.updated_at = UTC_TIMESTAMP(6);
    END IF;
END$$
CREATE TRIGGER product_mirror_ai AFTER INSERT ON product FOR EACH ROW
    CALL mirror_capture('product', NEW.id, 'I', NULL)$$
CREATE TRIGGER product_mirror_au AFTER UPDATE ON product FOR EACH ROW
BEGIN
    IF NOT (OLD.barcode <=> NEW.barcode AND OLD.name <=> NEW.name AND OLD.category_id <=> NEW.category_id AND OLD.unit_code <=> NEW.unit_code AND OLD.cost_price <=> NEW.cost_price AND OLD.sell_price <=> NEW.sell_price AND OLD.min_stock <=> NEW.min_stock AND OLD.archived_at <=> NEW.archived_at AND OLD.created_at <=> NEW.created_at AND OLD.updated_at <=> NEW.updated_at AND OLD.row_version <=> NEW.row_version AND OLD.origin_node <=> NEW.origin_node AND OLD.id <=> NEW.id) THEN
        CALL mirror_capture('product', NEW.id, 'U', OLD.row_version);
    END IF;
END$$
CREATE TRIGGER product_mirror_ad AFTER DELETE ON product FOR EACH ROW
    CALL mirror_capture('product', OLD.id, 'D', OLD.row_version)$$

CREATE TRIGGER sale_mirror_ai AFTER INSERT ON sale FOR EACH ROW
    CALL mirror_capture('sale', NEW.id, 'I', NULL)$$
CREATE TRIGGER sale_mirror_au AFTER UPDATE ON sale FOR EACH ROW
    CALL mirror_capture('sale', NEW.id, 'U', NULL)$$
CREATE TRIGGER sale_mirror_ad AFTER DELETE ON sale FOR EACH ROW
    CALL mirror_capture('sale', OLD.id, 'D', NULL)$$

CREATE TRIGGER sale_line_mirror_ai AFTER INSERT ON sale_line FOR EACH ROW
    CALL mirror_capture('sale_line', NEW.id, 'I', NULL)$$
CREATE TRIGGER sale_line_mirror_au AFTER UPDATE ON sale_line FOR EACH ROW
    CALL mirror_capture('sale_line', NEW.id, 'U', NULL)$$
CREATE TRIGGER sale_line_mirror_ad AFTER DELETE ON sale_line FOR EACH ROW
    CALL mirror_capture('sale_line', OLD.id, 'D', NULL)$$

CREATE TRIGGER sale_void_mirror_ai AFTER INSERT ON sale_void FOR EACH ROW
    CALL mirror_capture('sale_void', NEW.id, 'I', NULL)$$
CREATE TRIGGER sale_void_mirror_au AFTER UPDATE ON sale_void FOR EACH ROW
    CALL mirror_capture('sale_void', NEW.id, 'U', NULL)$$
CREATE TRIGGER sale_void_mirror_ad AFTER DELETE ON sale_void FOR EACH ROW
    CALL mirror_capture('sale_void', OLD.id, 'D', NULL)$$

CREATE TRIGGER stock_in_mirror_ai AFTER INSERT ON stock_in FOR EACH ROW
    CALL mirror_capture('stock_in', NEW.id, 'I', NULL)$$
CREATE TRIGGER stock_in_mirror_au AFTER UPDATE ON stock_in FOR EACH ROW
    CALL mirror_capture('stock_in', NEW.id, 'U', NULL)$$
CREATE TRIGGER stock_in_mirror_ad AFTER DELETE ON stock_in FOR EACH ROW
    CALL mirror_capture('stock_in', OLD.id, 'D', NULL)$$

CREATE TRIGGER stock_in_line_mirror_ai AFTER INSERT ON stock_in_line FOR EACH ROW
    CALL mirror_capture('stock_in_line', NEW.id, 'I', NULL)$$
CREATE TRIGGER stock_in_line_mirror_au AFTER UPDATE ON stock_in_line FOR EACH ROW
    CALL mirror_capture('stock_in_line', NEW.id, 'U', NULL)$$
CREATE TRIGGER stock_in_line_mirror_ad AFTER DELETE ON stock_in_line FOR EACH ROW
    CALL mirror_capture('stock_in_line', OLD.id, 'D', NULL)$$

CREATE TRIGGER stock_in_void_mirror_ai AFTER INSERT ON stock_in_void FOR EACH ROW
    CALL mirror_capture('stock_in_void', NEW.id, 'I', NULL)$$
CREATE TRIGGER stock_in_void_mirror_au AFTER UPDATE ON stock_in_void FOR EACH ROW
    CALL mirror_capture('stock_in_void', NEW.id, 'U', NULL)$$
CREATE TRIGGER stock_in_void_mirror_ad AFTER DELETE ON stock_in_void FOR EACH ROW
    CALL mirror_capture('stock_in_void', OLD.id, 'D', NULL)$$

CREATE TRIGGER stock_movement_mirror_ai AFTER INSERT ON stock_movement FOR EACH ROW
    CALL mirror_capture('stock_movement', NEW.id, 'I', NULL)$$
CREATE TRIGGER stock_movement_mirror_au AFTER UPDATE ON stock_movement FOR EACH ROW
    CALL mirror_capture('stock_movement', NEW.id, 'U', NULL)$$
CREATE TRIGGER stock_movement_mirror_ad AFTER DELETE ON stock_movement FOR EACH ROW
    CALL mirror_capture('stock_movement', OLD.id, 'D', NULL)$$

CREATE TRIGGER audit_log_mirror_ai AFTER INSERT ON audit_log FOR EACH ROW
    CALL mirror_capture('audit_log', NEW.id, 'I', NULL)$$
CREATE TRIGGER audit_log_mirror_au AFTER UPDATE ON audit_log FOR EACH ROW
    CALL mirror_capture('audit_log', NEW.id, 'U', NULL)$$
CREATE TRIGGER audit_log_mirror_ad AFTER DELETE ON audit_log FOR EACH ROW
    CALL mirror_capture('audit_log', OLD.id, 'D', NULL)$$

CREATE TRIGGER mirror_conflict_mirror_ai AFTER INSERT ON mirror_conflict FOR EACH ROW
    CALL mirror_capture('mirror_conflict', NEW.id, 'I', NULL)$$
CREATE TRIGGER mirror_conflict_mirror_au AFTER UPDATE ON mirror_conflict FOR EACH ROW
    CALL mirror_capture('mirror_conflict', NEW.id, 'U', NULL)$$
CREATE TRIGGER mirror_conflict_mirror_ad AFTER DELETE ON mirror_conflict FOR EACH ROW
    CALL mirror_capture('mirror_conflict', OLD.id, 'D', NULL)$$

DELIMITER ;
