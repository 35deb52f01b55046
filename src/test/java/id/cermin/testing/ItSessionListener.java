package id.cermin.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the integration-test MariaDB before any test of a failsafe run (the in-container
 * tests' Payara connects to it as soon as it boots) and stops it at the end. Unit-test
 * runs, which do not set {@code cermin.it}, start nothing.
 */
public class ItSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("cermin.it")) {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ItDatabase.server();
            ItDatabase.freshDatabase(ItDatabase.ARQUILLIAN_DB);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopAll();
    }

    /** Stops the test server and database; also used by the benchmarks, which run without JUnit. */
    public static void stopAll() {
        ItServer.stop();
        MirrorServers.stopAll();
        ItDatabase.stop();
    }
}
