package id.cermin.report;

import id.cermin.account.SignedInUser;
import id.cermin.inventory.VoidRequest;
import id.cermin.platform.validation.InvalidInputException;
import id.cermin.web.FormInput;
import jakarta.servlet.http.HttpServletRequest;

/** The "batalkan" form of both reports, read into a void request; a missing or too long reason is refused. */
final class VoidForm {

    private VoidForm() {
    }

    static VoidRequest read(HttpServletRequest request) {
        String reason = FormInput.reason(request.getParameter("reason"))
                .orElseThrow(() -> InvalidInputException.of("reason", "error.voidReason"));
        return new VoidRequest(request.getParameter("id"), reason, SignedInUser.id(request));
    }
}
