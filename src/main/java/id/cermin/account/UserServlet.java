package id.cermin.account;

import id.cermin.platform.validation.InvalidInputException;
import id.cermin.web.Flash;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /pengguna}: the owner's list of users, the add/edit form, archive and restore. A
 * new password ends the user's sessions, except the one of an owner changing their own.
 * Paths: {@code /pengguna}, {@code /pengguna/baru}, {@code /pengguna/edit?id=},
 * POST {@code /pengguna/simpan}, {@code /pengguna/arsipkan}, {@code /pengguna/pulihkan}.
 * On a store linked to a hub the list is read-only: users are made and changed on the hub
 * and come down with the mirror (the hub applies no user change a store sends, so a user
 * made here could never sell into the hub's books).
 */
@WebServlet(urlPatterns = {"/pengguna", "/pengguna/*"})
public class UserServlet extends HttpServlet {

    @Inject
    private UserService users;

    @Inject
    private SessionAuthenticationMechanism sessions;

    @Inject
    private FirstOwnerSetup setup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (!action.equals("/") && setup.usersComeFromHub()) {
            refuse(request, response);
            return;
        }
        switch (action) {
            case "/" -> {
                request.setAttribute("users", users.all());
                request.setAttribute("usersFromHub", setup.usersComeFromHub());
                Views.render("account/users", request, response);
            }
            case "/baru" -> showForm(new UserForm("", "", "", "KASIR", ""), request, response);
            case "/edit" -> {
                var user = users.find(request.getParameter("id"));
                if (user.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                showForm(UserForm.of(user.get()), request, response);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (setup.usersComeFromHub()) {
            refuse(request, response);
            return;
        }
        switch (action) {
            case "/simpan" -> save(request, response);
            case "/arsipkan" -> archiveOrRestore(request, response, true);
            case "/pulihkan" -> archiveOrRestore(request, response, false);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Flash.show(request, "error", "user.onHubOnly");
        Views.redirect("/pengguna", request, response);
    }

    private void save(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        UserForm form = UserForm.from(request);
        try {
            AppUser user = users.save(form);
            if (!form.password().isEmpty() && user.getUsername().equals(request.getRemoteUser())) {
                sessions.renewCredential(request);
            }
            Flash.success(request, "flash.saved", user.getUsername());
            Views.redirect("/pengguna", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            showForm(form, request, response);
        }
    }

    private void archiveOrRestore(HttpServletRequest request, HttpServletResponse response, boolean archive)
            throws IOException {
        String id = request.getParameter("id");
        Flash.outcome(request, archive ? "flash.archived" : "flash.restored",
                () -> (archive ? users.archive(id, request.getRemoteUser()) : users.restore(id)).getUsername());
        Views.redirect("/pengguna", request, response);
    }

    private void showForm(UserForm form, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("roles", Role.values());
        Views.render("account/user-form", request, response);
    }
}
