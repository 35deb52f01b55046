package id.cermin.launcher;

/** Where a node finds one of its databases, as the post-boot commands' pools need it. */
public record Database(String host, int port, String name, String user, String password, String sslMode) {

    /** A database of an embedded MariaDB of this machine (127.0.0.1 only), reached with this account. */
    public static Database embedded(int port, String name, String user, String password) {
        return new Database("127.0.0.1", port, name, user, password, "DISABLED");
    }
}
