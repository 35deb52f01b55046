package id.cermin.account;

import id.cermin.platform.validation.InvalidInputException;
import id.cermin.web.CsrfFilter;
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
 * {@code /setup}: on a node with no user at all (a hub's or a stand-alone store's first start,
 * never the demo), asks for the owner account and the set-up code from the server log
 * ({@link FirstOwnerSetup}). Once any user exists it only redirects to login; on a store
 * whose users come from the hub it only says so. After the owner is made, the login and then
 * the dashboard's first steps lead to a first product and a first sale.
 */
@WebServlet("/setup")
public class SetupServlet extends HttpServlet {

    @Inject
    private UserService users;

    @Inject
    private FirstOwnerSetup setup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (setup.usersComeFromHub()) {
            showUsersComeFromHub(request, response);
            return;
        }
        if (users.hasUsers()) {
            Views.redirect("/login", request, response);
            return;
        }
        CsrfFilter.exposeToken(request);
        showForm(new UserForm("", "", "", "OWNER", ""), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (setup.usersComeFromHub()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            showUsersComeFromHub(request, response);
            return;
        }
        UserForm form = UserForm.from(request);
        UserForm owner = new UserForm("", form.username(), form.fullName(), "OWNER", form.password());
        try {
            if (!setup.accepts(request.getParameter("code"))) {
                throw InvalidInputException.of("code", "error.setupCode");
            }
            users.createFirstOwner(owner);
            Flash.success(request, "flash.ownerCreated", owner.username());
            Views.redirect("/login", request, response);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            request.setAttribute("errors", e.errors());
            showForm(owner, request, response);
        }
    }

    private static void showForm(UserForm form, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("form", form);
        Views.render("account/setup", request, response);
    }

    private static void showUsersComeFromHub(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("usersComeFromHub", true);
        Views.render("account/setup", request, response);
    }
}
