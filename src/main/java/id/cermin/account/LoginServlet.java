package id.cermin.account;

import id.cermin.web.CsrfFilter;
import id.cermin.web.FormInput;
import id.cermin.web.LocalPath;
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
 * {@code /login}: the form (the only page that starts a session for a visitor), and its POST
 * handed to Jakarta Security. A wrong username or password shows the study's message with
 * the username kept; too many failures make the next attempt wait ({@link LoginAttempts},
 * 429 with the seconds to wait). A success gets a new session id (no session fixation) and
 * a new form token, and goes to the page that was asked for ({@code kembali}), or home.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    @Inject
    private SecurityContext security;

    @Inject
    private UserService users;

    @Inject
    private LoginAttempts attempts;

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
        CsrfFilter.exposeToken(request);
        showForm("", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String username = FormInput.text(request.getParameter("username")).toLowerCase();
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        if (!username.isEmpty() && !password.isEmpty() && username.length() <= 50 && password.length() <= 128) {
            LoginAttempts.Attempt attempt = attempts.begin(username, request.getRemoteAddr());
            if (!attempt.allowed()) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(attempt.secondsToWait()));
                request.setAttribute("waitSeconds", attempt.secondsToWait());
                showForm(username, request, response);
                return;
            }
            request.changeSessionId();
            AuthenticationStatus status = security.authenticate(request, response, withParams()
                    .credential(new UsernamePasswordCredential(username, new Password(password)))
                    .newAuthentication(true));
            if (status == AuthenticationStatus.SUCCESS) {
                attempts.succeeded(attempt);
                CsrfFilter.renewToken(request);
                Views.redirect(LocalPath.of(request.getParameter(SessionAuthenticationMechanism.RETURN_PARAMETER))
                        .orElse(request.getContextPath() + "/"), response);
                return;
            }
            attempts.failed(attempt);
        }
        // A failed attempt leaves nothing behind: a new session, with a new CSRF token.
        request.getSession().invalidate();
        CsrfFilter.exposeToken(request);
        request.setAttribute("loginFailed", true);
        showForm(username, request, response);
    }

    private static void showForm(String username, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("username", username);
        request.setAttribute("returnTo",
                LocalPath.of(request.getParameter(SessionAuthenticationMechanism.RETURN_PARAMETER)).orElse(""));
        Views.render("account/login", request, response);
    }
}
