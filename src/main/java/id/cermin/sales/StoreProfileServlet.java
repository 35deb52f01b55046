package id.cermin.sales;

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

/** {@code /pengaturan}: the owner sets what the receipt says about the store, and the store's time zone. */
@WebServlet("/pengaturan")
public class StoreProfileServlet extends HttpServlet {

    @Inject
    private StoreProfiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(profiles.current(), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        StoreProfile profile = new StoreProfile(text(request, "name"), text(request, "address"),
                text(request, "phone"), text(request, "footer"),
                StoreProfile.timeZone(request.getParameter("timeZone")));
        try {
            profiles.save(profile);
            Flash.success(request, "flash.saved", profile.name());
            Views.redirect("/pengaturan", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            show(profile, request, response);
        }
    }

    private static void show(StoreProfile profile, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("profile", profile);
        request.setAttribute("timeZones", StoreProfile.TIME_ZONES);
        Views.render("sales/settings", request, response);
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
