package id.cermin.account;

import id.cermin.platform.validation.InvalidInputException;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /setup}: on a node with no user at all (a real store's first start, never the
 * demo), asks for the owner account. Once any user exists it only redirects to login.
 */
@WebServlet("/setup")
public class SetupServlet extends HttpServlet {

    @Inject
    private UserService users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (users.hasUsers()) {
            Views.redirect("/login", request, response);
            return;
        }
        request.setAttribute("form", new UserForm("", "", "", "OWNER", ""));
        Views.render("account/setup", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        UserForm form = UserForm.from(request);
        UserForm owner = new UserForm("", form.username(), form.fullName(), "OWNER", form.password());
        try {
            users.createFirstOwner(owner);
            Views.redirect("/login", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("form", owner);
            request.setAttribute("errors", e.errors());
            Views.render("account/setup", request, response);
        }
    }
}
