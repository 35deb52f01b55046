-- Closing the till (tutup kasir): a shift per cashier on one node, opened with the cash
-- in the drawer, cash put in or taken out during it with a reason, and closed once with
-- the cash counted and the cash expected then. Insert-only; takings are derived from the
-- cashier's sales of the shift.

CREATE TABLE till_shift (
    id              CHAR(36)    CHARACTER SET ascii NOT NULL,
    cashier_id      CHAR(36)    CHARACTER SET ascii NOT NULL,
    opened_at       DATETIME(6) NOT NULL,
    opening_cash    BIGINT      NOT NULL,
    idempotency_key CHAR(36)    CHARACTER SET ascii NOT NULL,
    origin_node     VARCHAR(32) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_till_shift_idempotency (idempotency_key),
    KEY ix_till_shift_cashier (cashier_id, opened_at),
    KEY ix_till_shift_opened_at (opened_at),
    KEY ix_till_shift_owner (origin_node, id),
    CONSTRAINT fk_till_shift_cashier FOREIGN KEY (cashier_id) REFERENCES app_user (id),
    CONSTRAINT ck_till_shift_opening CHECK (opening_cash >= 0)
) ENGINE = InnoDB;

CREATE TABLE till_cash_move (
    id              CHAR(36)     CHARACTER SET ascii NOT NULL,
    shift_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
    direction       VARCHAR(3)   CHARACTER SET ascii NOT NULL,
    amount          BIGINT       NOT NULL,
    reason          VARCHAR(255) NOT NULL,
    moved_at        DATETIME(6)  NOT NULL,
    moved_by        CHAR(36)     CHARACTER SET ascii NOT NULL,
    idempotency_key CHAR(36)     CHARACTER SET ascii NOT NULL,
    origin_node     VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_till_cash_move_idempotency (idempotency_key),
    KEY ix_till_cash_move_shift (shift_id),
    KEY ix_till_cash_move_owner (origin_node, id),
    CONSTRAINT fk_till_cash_move_shift FOREIGN KEY (shift_id) REFERENCES till_shift (id),
    CONSTRAINT fk_till_cash_move_user FOREIGN KEY (moved_by) REFERENCES app_user (id),
    CONSTRAINT ck_till_cash_move_direction CHECK (direction IN ('IN', 'OUT')),
    CONSTRAINT ck_till_cash_move_amount CHECK (amount > 0)
) ENGINE = InnoDB;

CREATE TABLE till_shift_close (
    id            CHAR(36)     CHARACTER SET ascii NOT NULL,
    shift_id      CHAR(36)     CHARACTER SET ascii NOT NULL,
    closed_at     DATETIME(6)  NOT NULL,
    closed_by     CHAR(36)     CHARACTER SET ascii NOT NULL,
    expected_cash BIGINT       NOT NULL,
    counted_cash  BIGINT       NOT NULL,
    note          VARCHAR(255) NULL,
    origin_node   VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_till_shift_close_shift (shift_id),
    KEY ix_till_shift_close_owner (origin_node, id),
    CONSTRAINT fk_till_shift_close_shift FOREIGN KEY (shift_id) REFERENCES till_shift (id),
    CONSTRAINT fk_till_shift_close_user FOREIGN KEY (closed_by) REFERENCES app_user (id),
    CONSTRAINT ck_till_shift_close_counted CHECK (counted_cash >= 0)
) ENGINE = InnoDB;
