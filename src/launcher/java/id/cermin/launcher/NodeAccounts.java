package id.cermin.launcher;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The two accounts a node's application has on its own embedded database, made as
 * {@code server-config/database-accounts.sql} tells an operator to make them: the schema's,
 * used by Flyway at start and by backups (which hold the tables, triggers and procedures
 * too), and the server's own, which reads and writes rows and can change no table,
 * trigger or procedure.
 */
record NodeAccounts(Database rows, Database schema) {

    /** The schema account's rights, as {@code database-accounts.sql} grants them to {@code cermin_schema}. */
    static final String SCHEMA_RIGHTS = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES,"
            + " CREATE TEMPORARY TABLES, LOCK TABLES, CREATE ROUTINE, ALTER ROUTINE, EXECUTE, TRIGGER";

    /** The server account's rights, as {@code database-accounts.sql} grants them to {@code cermin}. */
    static final String ROW_RIGHTS = "SELECT, INSERT, UPDATE, DELETE";

    /**
     * Makes (or brings up to date) both accounts of the database {@code cermin} on {@code db},
     * with passwords kept in {@code secrets}; the server's account is {@code rowsUser}.
     */
    static NodeAccounts make(EmbeddedMariaDb db, int port, Path secrets, String rowsUser) throws IOException {
        String schemaUser = schemaUser(rowsUser);
        NodeAccounts accounts = new NodeAccounts(
                Database.embedded(port, "cermin", rowsUser, Secrets.password(secrets, rowsUser)),
                Database.embedded(port, "cermin", schemaUser, Secrets.password(secrets, schemaUser)));
        db.account(schemaUser, accounts.schema().password(), SCHEMA_RIGHTS + " ON cermin.*");
        db.account(rowsUser, accounts.rows().password(), ROW_RIGHTS + " ON cermin.*");
        return accounts;
    }

    static String schemaUser(String rowsUser) {
        return rowsUser + "_schema";
    }
}
