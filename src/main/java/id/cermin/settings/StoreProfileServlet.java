package id.cermin.settings;

import id.cermin.payment.QrisImages;
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
 * {@code /pengaturan}: the owner sets what the receipt says about the store and the store's
 * time zone (POST {@code /pengaturan}), the discount cashiers and admins may give on their
 * own (POST {@code /pengaturan/diskon}), and sees the store's QRIS image (uploaded through
 * {@link id.cermin.payment.QrisServlet}).
 */
@WebServlet(urlPatterns = {"/pengaturan", "/pengaturan/diskon"})
public class StoreProfileServlet extends HttpServlet {

    @Inject
    private StoreProfiles profiles;

    @Inject
    private QrisImages qris;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(profiles.current(), profiles.discountLimits(), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if ("/pengaturan/diskon".equals(request.getServletPath())) {
            saveLimits(request, response);
            return;
        }
        StoreProfile profile = new StoreProfile(text(request, "name"), text(request, "address"),
                text(request, "phone"), text(request, "footer"),
                StoreProfile.timeZone(request.getParameter("timeZone")));
        try {
            profiles.save(profile);
            Flash.success(request, "flash.saved", profile.name());
            Views.redirect("/pengaturan", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            show(profile, profiles.discountLimits(), request, response);
        }
    }

    private void saveLimits(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        DiscountLimits limits = new DiscountLimits(DiscountLimits.percent(request.getParameter("kasirDiscountLimit")),
                DiscountLimits.percent(request.getParameter("adminDiscountLimit")));
        try {
            profiles.save(limits);
            Flash.show(request, "success", "flash.discountLimitsSaved");
            Views.redirect("/pengaturan", request, response);
        } catch (InvalidInputException e) {
            request.setAttribute("errors", e.errors());
            request.setAttribute("limitsTyped", new String[] {text(request, "kasirDiscountLimit"),
                    text(request, "adminDiscountLimit")});
            show(profiles.current(), profiles.discountLimits(), request, response);
        }
    }

    private void show(StoreProfile profile, DiscountLimits limits, HttpServletRequest request,
                      HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("profile", profile);
        request.setAttribute("limits", limits);
        request.setAttribute("hasQris", qris.exists());
        request.setAttribute("timeZones", StoreProfile.TIME_ZONES);
        Views.render("settings/settings", request, response);
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
