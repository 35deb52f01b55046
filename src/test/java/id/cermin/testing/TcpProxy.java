package id.cermin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 that tests and benchmarks put between the store and hub databases
 * to inject link faults (latency, cuts, hangs, refusals) and to count the round trips a JDBC
 * client makes over the link.
 */
public final class TcpProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final long JOIN_TIMEOUT_MS = 2_000;

    private final ServerSocket server;
    private final int targetPort;
    private final Thread acceptor;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final Set<Thread> pumps = ConcurrentHashMap.newKeySet();
    private final AtomicLong cutBudget = new AtomicLong(-1);
    private final AtomicLong bytesForwarded = new AtomicLong();
    private final AtomicLong clientWrites = new AtomicLong();
    private volatile long latencyNanos;
    private volatile boolean blackHole;
    private volatile boolean refuse;
    private volatile boolean closed;

    private TcpProxy(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
        this.acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
    }

    public static TcpProxy start(int targetPort) {
        return start(targetPort, 0);
    }

    /** The same, listening on {@code listenPort} (0: any free port). */
    public static TcpProxy start(int targetPort, int listenPort) {
        try {
            ServerSocket server = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
            TcpProxy proxy = new TcpProxy(server, targetPort);
            proxy.acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open proxy listener", e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public void setLatency(Duration oneWay) {
        latencyNanos = Math.max(0, oneWay.toNanos());
    }

    public void cutAll() {
        for (Link link : List.copyOf(links)) {
            link.close();
        }
    }

    public synchronized void blackHole(boolean on) {
        blackHole = on;
        if (!on) {
            for (Link link : List.copyOf(links)) {
                if (link.tainted) {
                    link.close();
                }
            }
        }
    }

    public void cutAfterBytes(long n) {
        cutBudget.set(n < 0 ? -1 : n);
    }

    public void refuse(boolean on) {
        refuse = on;
    }

    public long bytesForwarded() {
        return bytesForwarded.get();
    }

    public long clientWrites() {
        return clientWrites.get();
    }

    public void resetCounters() {
        bytesForwarded.set(0);
        clientWrites.set(0);
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        join(acceptor);
        cutAll();
        for (Thread pump : List.copyOf(pumps)) {
            join(pump);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (refuse || closed) {
                closeQuietly(client);
                continue;
            }
            Link link = new Link(client);
            links.add(link);
            synchronized (this) {
                if (blackHole) {
                    link.tainted = true;
                    continue;
                }
            }
            try {
                Socket target = new Socket();
                link.target = target;
                target.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), CONNECT_TIMEOUT_MS);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
            } catch (IOException e) {
                link.close();
                continue;
            }
            link.start(new Thread(() -> pump(link, client, link.target, true), "tcp-proxy-c2s-" + port()),
                    new Thread(() -> pump(link, link.target, client, false), "tcp-proxy-s2c-" + port()));
        }
    }

    private void pump(Link link, Socket from, Socket to, boolean clientToServer) {
        byte[] buffer = new byte[16 * 1024];
        try (link) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (blackHole) {
                    link.tainted = true;
                    continue;
                }
                long latency = latencyNanos;
                if (latency > 0) {
                    TimeUnit.NANOSECONDS.sleep(latency);
                }
                Grant grant = reserve(n);
                if (grant.bytes > 0) {
                    bytesForwarded.addAndGet(grant.bytes);
                    if (clientToServer) {
                        clientWrites.incrementAndGet();
                    }
                    out.write(buffer, 0, grant.bytes);
                    out.flush();
                }
                if (grant.cut) {
                    cutAll();
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the link closes on the way out
        } finally {
            pumps.remove(Thread.currentThread());
        }
    }

    private Grant reserve(int n) {
        while (true) {
            long left = cutBudget.get();
            if (left < 0) {
                return new Grant(n, false);
            }
            int allowed = (int) Math.min(n, left);
            boolean exhausted = left - allowed == 0;
            if (cutBudget.compareAndSet(left, exhausted ? -1 : left - allowed)) {
                return new Grant(allowed, exhausted);
            }
        }
    }

    private record Grant(int bytes, boolean cut) {
    }

    private final class Link implements AutoCloseable {
        final Socket client;
        volatile Socket target;
        volatile boolean tainted;
        private volatile Thread[] threads = new Thread[0];

        Link(Socket client) {
            this.client = client;
        }

        void start(Thread... pair) {
            threads = pair;
            for (Thread t : pair) {
                t.setDaemon(true);
                pumps.add(t);
                t.start();
            }
        }

        @Override
        public void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(target);
            for (Thread t : threads) {
                if (t != Thread.currentThread()) {
                    t.interrupt();
                }
            }
        }
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing more to do with a socket that fails to close
        }
    }
}
