-- Retires a store: its account is dropped and the hub no longer keeps its change log for
-- it (a store that never pulls again would otherwise keep the whole log).
--   mariadb -u root -p cermin -e "SET @node = 'S2'; SOURCE server-config/hub/retire-store.sql"

SET @user = (SELECT CONCAT(QUOTE(account), '@''%''') FROM mirror_store WHERE node = @node);
SET @sql = CONCAT('DROP USER IF EXISTS ', @user);
PREPARE statement FROM @sql;
EXECUTE statement;
DEALLOCATE PREPARE statement;
UPDATE mirror_store SET retired_at = UTC_TIMESTAMP(6) WHERE node = @node;
