package id.cermin.platform;

import id.cermin.testing.DatabaseAccounts;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a running store node opens to others: it listens on its HTTP port and nothing else
 * (no data grid), its embedded database on 127.0.0.1 only, the passwords in its server
 * configuration are readable by its own account only, it reads and writes rows with a
 * database account that may change no schema, and its HTTP listener is set up before it
 * starts (never restarted while the application deploys).
 */
class ServerExposureIT {

    @Test
    void theServerListensOnItsHttpPortOnly() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "reads /proc (Linux)");
        int httpPort = URI.create(ItServer.baseUrl()).getPort();
        Set<Long> sockets = socketsOf(ItServer.pid());
        List<Listener> listening = listeners().stream().filter(l -> sockets.contains(l.inode())).toList();
        assertEquals(List.of(httpPort), listening.stream().map(Listener::port).distinct().toList(),
                "listening: " + listening);
    }

    @Test
    void theEmbeddedDatabaseListensOnThisMachineOnly() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/net/tcp")), "reads /proc (Linux)");
        List<Listener> database = listeners().stream().filter(l -> l.port() == ItDatabase.port()).toList();
        assertFalse(database.isEmpty());
        assertTrue(database.stream().allMatch(l -> l.address().equals("127.0.0.1")), "listening: " + database);
    }

    @Test
    void theHttpListenerIsConfiguredBeforeStartAndStartsOnce() throws IOException {
        ItServer.baseUrl();
        Path folder = Path.of(System.getProperty("cermin.workDir", "target/it")).resolve("http-store");
        // The log files oldest first (server.log.N ... server.log), from this server's start on.
        StringBuilder all = new StringBuilder();
        for (int n = 9; n >= 0; n--) {
            Path log = folder.resolve(n == 0 ? "server.log" : "server.log." + n);
            if (Files.exists(log)) {
                all.append(new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        String thisStart = all.substring(Math.max(0, all.lastIndexOf("Overriding HTTP port value")));
        long starts = thisStart.lines().filter(line -> line.contains("Network Listener http-listener started")).count();
        // A listener changed after start is restarted by Payara while the application deploys,
        // and can be left dead: a node that deployed and never answers.
        assertEquals(1, starts, "the HTTP listener started once");
    }

    @Test
    void theServersConfigurationWithItsPasswordsIsForItsOwnAccountOnly() throws IOException {
        ItServer.baseUrl();
        Path root = Path.of(System.getProperty("cermin.workDir", "target/it")).resolve("http-store/payara");
        Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
        String domain = Files.readString(root.resolve("config/domain.xml"));
        assertTrue(domain.contains("name=\"password\""), "the pools' passwords are there");
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(root);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE), permissions, "no one else may enter " + root);
    }

    @Test
    void theServerReadsAndWritesWithAnAccountThatCannotChangeTheSchema() throws SQLException {
        WebSession.loggedIn(ItServer.baseUrl(), "kasir", "kasir123");
        List<String> grants = new ArrayList<>();
        try (var c = ItDatabase.connect(ItServer.DATABASE);
             var rs = c.createStatement().executeQuery("SHOW GRANTS FOR '" + ItServer.RUNTIME_USER + "'@'127.0.0.1'")) {
            while (rs.next()) {
                grants.add(rs.getString(1));
            }
        }
        String documented = "GRANT " + DatabaseAccounts.rowRights("`" + ItServer.DATABASE + "`");
        assertTrue(grants.stream().anyMatch(g -> g.startsWith(documented)), documented + " in " + grants);
        assertTrue(grants.stream().noneMatch(g -> g.matches(".*(CREATE|ALTER|DROP|ALL PRIVILEGES|TRIGGER|INDEX).*")),
                grants.toString());
        assertTrue(Integer.parseInt(ItServer.query("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                + " WHERE USER = '" + ItServer.RUNTIME_USER + "'")) > 0, "the server's pool is connected as it");
    }

    /** A listening TCP socket: its local address, port and inode. */
    private record Listener(String address, int port, long inode) {
    }

    private static List<Listener> listeners() throws IOException {
        List<Listener> listeners = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (!"0A".equals(f[3])) {
                    continue;
                }
                String[] local = f[1].split(":");
                listeners.add(new Listener(address(local[0]), Integer.parseInt(local[1], 16), Long.parseLong(f[9])));
            }
        }
        return listeners;
    }

    /** /proc writes an IPv4 address as one little-endian hex word; IPv6 stays hex. */
    private static String address(String hex) {
        if (hex.length() != 8) {
            return hex.equals("00000000000000000000000000000000") ? "::" : hex;
        }
        int a = Integer.parseUnsignedInt(hex, 16);
        return (a & 0xFF) + "." + (a >> 8 & 0xFF) + "." + (a >> 16 & 0xFF) + "." + (a >>> 24);
    }

    private static Set<Long> socketsOf(long pid) throws IOException {
        Set<Long> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        return inodes;
    }
}
