package id.cermin.bench;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;

/**
 * A data source that keeps the connections it hands out and gives them out again, as the
 * server's connection pools do (a store's mirror reuses its pooled hub connection run
 * after run). Like the pools' "auto-commit" validation, each checkout sets auto-commit
 * once. A connection that failed is dropped instead of kept.
 */
final class ReusedConnections implements DataSource {

    private final DataSource source;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

    ReusedConnections(DataSource source) {
        this.source = source;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = idle.pollFirst();
        if (c == null || c.isClosed()) {
            c = source.getConnection();
        }
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            c.close();
            c = source.getConnection();
        }
        return lent(c);
    }

    /** Closes every connection kept. */
    void closeAll() {
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // gone already
            }
        }
    }

    private Connection lent(Connection real) {
        boolean[] failed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (failed[0] || real.isClosed()) {
                            real.close();
                        } else {
                            idle.addFirst(real);
                        }
                        return null;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof SQLException s && s.getSQLState() != null
                                && s.getSQLState().startsWith("08")) {
                            failed[0] = true;
                        }
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("one account per source");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return source.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        source.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return source.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return source.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return source.isWrapperFor(iface);
    }
}
