-- Defences of the sign-in: the first owner is made once, and password guessing is
-- slowed down. Both tables are node-local: never mirrored.

-- The set-up of a node without users (/setup): whoever creates the first owner locks this
-- row first, so two set-up forms sent at the same moment make one owner, not two.
CREATE TABLE node_setup (
    id               TINYINT     NOT NULL,
    owner_created_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_node_setup_single CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO node_setup (id, owner_created_at) VALUES (1, NULL);

-- Failed sign-ins per account (USER: the username typed) and per client address
-- (ADDRESS). A login locks its two rows, counts itself as a failure before the password
-- is checked (a success takes it back), and is refused without a check while
-- blocked_until lies ahead. Failures are forgotten after 15 quiet minutes.
CREATE TABLE login_throttle (
    scope           VARCHAR(8)  CHARACTER SET ascii NOT NULL,
    subject         VARCHAR(64) NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NULL,
    blocked_until   DATETIME(6) NULL,
    PRIMARY KEY (scope, subject),
    CONSTRAINT ck_login_throttle_scope CHECK (scope IN ('USER', 'ADDRESS')),
    CONSTRAINT ck_login_throttle_failures CHECK (failures >= 0)
) ENGINE = InnoDB;
