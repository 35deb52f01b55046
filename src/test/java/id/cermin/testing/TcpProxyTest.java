package id.cermin.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TcpProxyTest {

    private ServerSocket echo;
    private TcpProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    daemon(() -> echoAll(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
        proxy = TcpProxy.start(echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        String suffix = "-" + proxy.port();
        proxy.close();
        echo.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("tcp-proxy-") && t.getName().endsWith(suffix)),
                "proxy threads left after close()");
    }

    @Test
    void forwardsBothWaysAndCounts() throws IOException {
        try (Socket s = connect()) {
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(bytes(5), roundTrip(s, bytes(5)));
            }
        }
        assertEquals(3, proxy.clientWrites());
        assertEquals(30, proxy.bytesForwarded());
        proxy.resetCounters();
        assertEquals(0, proxy.clientWrites());
        assertEquals(0, proxy.bytesForwarded());
    }

    @Test
    void latencyAppliesInEachDirection() throws IOException {
        try (Socket s = connect()) {
            roundTrip(s, bytes(1));
            proxy.setLatency(Duration.ofMillis(50));
            long start = System.nanoTime();
            roundTrip(s, bytes(1));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 90, "round trip took " + millis + " ms");
        }
    }

    @Test
    void cutAllClosesOpenConnectionsButAcceptsNewOnes() throws IOException {
        try (Socket s = connect()) {
            roundTrip(s, bytes(3));
            proxy.cutAll();
            assertCut(s);
        }
        try (Socket s = connect()) {
            assertArrayEquals(bytes(3), roundTrip(s, bytes(3)));
        }
    }

    @Test
    void cutAfterBytesCutsOnceTheBudgetIsSpent() throws IOException {
        try (Socket s = connect()) {
            roundTrip(s, bytes(4));
            proxy.cutAfterBytes(10);
            s.getOutputStream().write(bytes(20));
            assertTrue(readUntilCut(s) < 20);
        }
        try (Socket s = connect()) {
            assertArrayEquals(bytes(20), roundTrip(s, bytes(20)));
        }
    }

    @Test
    void blackHoleHangsUntilTurnedOff() throws IOException {
        try (Socket s = connect()) {
            roundTrip(s, bytes(2));
            proxy.blackHole(true);
            s.getOutputStream().write(bytes(2));
            s.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read());
            try (Socket fresh = connect()) {
                fresh.setSoTimeout(300);
                fresh.getOutputStream().write(bytes(2));
                assertThrows(SocketTimeoutException.class, () -> fresh.getInputStream().read());
            }
            proxy.blackHole(false);
        }
        try (Socket s = connect()) {
            assertArrayEquals(bytes(2), roundTrip(s, bytes(2)));
        }
    }

    @Test
    void refuseClosesNewConnectionsAtOnce() throws IOException {
        proxy.refuse(true);
        try (Socket s = connect()) {
            assertCut(s);
        }
        proxy.refuse(false);
        try (Socket s = connect()) {
            assertArrayEquals(bytes(1), roundTrip(s, bytes(1)));
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        s.setTcpNoDelay(true);
        s.setSoTimeout(2_000);
        return s;
    }

    private static byte[] roundTrip(Socket s, byte[] request) throws IOException {
        s.getOutputStream().write(request);
        return s.getInputStream().readNBytes(request.length);
    }

    private static void assertCut(Socket s) {
        try {
            s.setSoTimeout(1_000);
            assertEquals(-1, s.getInputStream().read());
        } catch (SocketTimeoutException e) {
            throw new AssertionError("connection still open", e);
        } catch (IOException expected) {
            // a reset is a cut too
        }
    }

    private static int readUntilCut(Socket s) {
        int received = 0;
        try {
            s.setSoTimeout(1_000);
            while (s.getInputStream().read() >= 0) {
                received++;
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("connection still open", e);
        } catch (IOException expected) {
            // a reset is a cut too
        }
        return received;
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        return b;
    }

    private static void echoAll(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the peer went away
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "echo");
        t.setDaemon(true);
        t.start();
    }
}
