package id.cermin.account;

import id.cermin.web.FormInput;
import jakarta.servlet.http.HttpServletRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user form sends, as typed, with the checks that need no database. The
 * password is only required for a new user; left empty on edit it stays unchanged.
 */
public record UserForm(String id, String username, String fullName, String role, String password) {

    public static UserForm from(HttpServletRequest request) {
        return new UserForm(FormInput.text(request.getParameter("id")),
                FormInput.text(request.getParameter("username")).toLowerCase(),
                FormInput.text(request.getParameter("fullName")),
                FormInput.text(request.getParameter("role")),
                request.getParameter("password") == null ? "" : request.getParameter("password"));
    }

    public static UserForm of(AppUser user) {
        return new UserForm(user.getId(), user.getUsername(), user.getFullName(), user.getRole().name(), "");
    }

    public boolean isNew() {
        return id.isEmpty();
    }

    public Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!username.matches("[a-z0-9._-]{3,50}")) {
            errors.put("username", "error.username");
        }
        if (fullName.isEmpty()) {
            errors.put("fullName", "error.required");
        } else if (fullName.length() > 100) {
            errors.put("fullName", "error.tooLong100");
        }
        if (!role.matches("OWNER|ADMIN|KASIR")) {
            errors.put("role", "error.role");
        }
        if ((isNew() || !password.isEmpty()) && (password.length() < 8 || password.length() > 128)) {
            errors.put("password", "error.password");
        }
        return errors;
    }
}
