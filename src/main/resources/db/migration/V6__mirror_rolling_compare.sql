-- The compare that "Periksa data" runs also runs on its own, a few chunks after each
-- mirror run, so every chunk of every table is compared at least once an hour.

-- Where the rolling compare stands in each table (the last key compared), and when its
-- current round over all tables began and the last one ended.
CREATE TABLE mirror_compare (
    table_name      VARCHAR(32) CHARACTER SET ascii NOT NULL,
    next_after      CHAR(36)    CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (table_name)
) ENGINE = InnoDB;

CREATE TABLE mirror_compare_round (
    id             TINYINT     NOT NULL,
    started_at     DATETIME(6) NULL,
    last_ended_at  DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_mirror_compare_round_single CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO mirror_compare_round (id) VALUES (1);

-- Rows of master data that differ between this store and the hub and that the mirror
-- will not settle by itself (found twice, with a mirror run in between): shown to the
-- owner until they are equal again. Insert-only rows that differ are repaired at once.
CREATE TABLE mirror_divergence (
    table_name  VARCHAR(32) CHARACTER SET ascii NOT NULL,
    row_id      CHAR(36)    CHARACTER SET ascii NOT NULL,
    found_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (table_name, row_id)
) ENGINE = InnoDB;
