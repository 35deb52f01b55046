package id.cermin.account;

import id.cermin.web.CsrfFilter;
import id.cermin.web.FormInput;
import id.cermin.web.Views;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * {@code /login}: the form, and its POST handed to Jakarta Security. A wrong username or
 * password shows the study's message with the username kept; a success gets a new
 * session id (no session fixation) and goes to the page that was asked for, or home.
 * The login lasts as long as the session ({@link SessionAuthenticationMechanism}). Every
 * attempt with a username and password is in the audit trail, refused or not.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    @Inject
    private SecurityContext security;

    @Inject
    private UserService users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!users.hasUsers()) {
            Views.redirect("/setup", request, response);
            return;
        }
        if (request.getUserPrincipal() != null) {
            Views.redirect("/", request, response);
            return;
        }
        Views.render("account/login", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String username = FormInput.text(request.getParameter("username")).toLowerCase();
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        if (!username.isEmpty() && !password.isEmpty() && username.length() <= 50 && password.length() <= 128) {
            request.changeSessionId();
            AuthenticationStatus status = security.authenticate(request, response, withParams()
                    .credential(new UsernamePasswordCredential(username, new Password(password)))
                    .newAuthentication(true));
            users.recordLogin(username, status == AuthenticationStatus.SUCCESS);
            if (status == AuthenticationStatus.SUCCESS) {
                Object returnTo = request.getSession().getAttribute(SessionAuthenticationMechanism.RETURN_TO);
                request.getSession().removeAttribute(SessionAuthenticationMechanism.RETURN_TO);
                String target = returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//")
                        ? path : request.getContextPath() + "/";
                response.sendRedirect(target);
                return;
            }
        }
        // A failed attempt leaves nothing behind: a new session, with a new CSRF token.
        request.getSession().invalidate();
        CsrfFilter.exposeToken(request);
        response.setStatus(HttpServletResponse.SC_OK);
        request.setAttribute("username", username);
        request.setAttribute("loginFailed", true);
        Views.render("account/login", request, response);
    }
}
