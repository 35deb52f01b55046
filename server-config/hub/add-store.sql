-- Adds a store to this hub: its own database account, which may call the hub's procedures
-- for stores and nothing else (it cannot read or write a single table), reachable only over
-- TLS, and its name in mirror_store, which is how the hub knows which store is calling.
--
-- Run it as an account that may create users (e.g. root), in the hub's database:
--   mariadb -u root -p cermin -e "SET @node = 'S2', @account = 'store_s2', @password = '...';
--                                 SOURCE server-config/hub/add-store.sql"
-- @node: the store's CERMIN_NODE; @account: a new database user name (letters, digits, _);
-- @password: a long random password, set on the store as CERMIN_HUB_DB_PASSWORD.
-- (MySQL 8: the same with `mysql`.)

SET @user = CONCAT(QUOTE(@account), '@''%''');
SET @sql = CONCAT('CREATE USER ', @user, ' IDENTIFIED BY ', QUOTE(@password), ' REQUIRE SSL');
PREPARE statement FROM @sql;
EXECUTE statement;
DEALLOCATE PREPARE statement;

-- EXECUTE on the database: the procedures for stores run with their owner's rights and
-- find the calling store by this account; every other routine runs with the caller's own
-- rights, which are none.
SET @sql = CONCAT('GRANT EXECUTE ON ', DATABASE(), '.* TO ', @user);
PREPARE statement FROM @sql;
EXECUTE statement;
DEALLOCATE PREPARE statement;

INSERT INTO mirror_store (node, account, added_at) VALUES (@node, @account, UTC_TIMESTAMP(6));
