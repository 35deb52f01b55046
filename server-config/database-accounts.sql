-- The two accounts of a Cermin node's own database (a store's or the hub's), made once by
-- whoever administers the MySQL/MariaDB server. Replace the passwords; keep the host part
-- to where Cermin runs ('localhost' when the database is on the same machine).
--
-- cermin_schema: owns the schema. Cermin connects as it only at start, to create and
-- upgrade the tables, triggers and procedures (Flyway): CERMIN_MIGRATION_DB_USER and
-- CERMIN_MIGRATION_DB_PASSWORD. The triggers and the hub's procedures run with its rights.
-- It also loads backups (a mariadb-dump file locks each table while it fills it).
--
-- cermin: every request of the running server (the JDBC pool): CERMIN_DB_USER and
-- CERMIN_DB_PASSWORD. It reads and writes rows and can change no table, trigger or
-- procedure, so a flaw in a page cannot alter the schema or the mirror's capture.
--
-- On a server that writes a binary log, also set log_bin_trust_function_creators = 1 (or
-- the schema account cannot create triggers without SUPER).

CREATE DATABASE IF NOT EXISTS cermin CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER 'cermin_schema'@'localhost' IDENTIFIED BY 'choose-a-schema-password';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE TEMPORARY TABLES, LOCK TABLES, CREATE ROUTINE, ALTER ROUTINE, EXECUTE, TRIGGER ON cermin.* TO 'cermin_schema'@'localhost';

CREATE USER 'cermin'@'localhost' IDENTIFIED BY 'choose-a-password';
GRANT SELECT, INSERT, UPDATE, DELETE ON cermin.* TO 'cermin'@'localhost';
