package id.cermin.launcher;

/** Where a node finds one of its databases, as the post-boot commands' pools need it. */
public record Database(String host, int port, String name, String user, String password, String sslMode) {

    /** An embedded MariaDB of this machine (no access control, 127.0.0.1 only). */
    public static Database embedded(int port, String name) {
        return new Database("127.0.0.1", port, name, EmbeddedMariaDb.APP_USER, EmbeddedMariaDb.APP_PASSWORD,
                "DISABLED");
    }
}
