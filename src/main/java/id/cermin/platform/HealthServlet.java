package id.cermin.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code GET /health}, open without login: UP when this node can reach its own database.
 * The node's name and role are told only to whoever may know them: a program on this
 * machine itself (the launcher's status check; not a request some proxy passed on) or a
 * signed-in owner or admin. Anyone else learns the status alone.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    @Inject
    private NodeIdentity identity;

    @Resource(lookup = "jdbc/cermin")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = databaseAnswers();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JsonObjectBuilder health = Json.createObjectBuilder().add("status", up ? "UP" : "DOWN");
        if (isLocal(request) || request.isUserInRole("OWNER") || request.isUserInRole("ADMIN")) {
            health.add("node", identity.node()).add("role", identity.roleName());
        }
        response.getWriter().write(health.build().toString());
    }

    /** From this machine and not passed on by a proxy (a proxy here connects from here too, but says it forwards). */
    private static boolean isLocal(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("X-Forwarded-Proto") != null
                || request.getHeader("Forwarded") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
