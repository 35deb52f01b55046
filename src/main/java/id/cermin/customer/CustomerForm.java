package id.cermin.customer;

import id.cermin.account.SignedInUser;
import id.cermin.catalog.PriceLevel;
import id.cermin.web.FormInput;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;

/** The customer form as typed, kept as text so a refused form comes back as it was left. */
public record CustomerForm(String id, String name, String phone, String address, String type, String creditLimit) {

    public static CustomerForm from(HttpServletRequest request) {
        return new CustomerForm(FormInput.text(request.getParameter("id")),
                FormInput.text(request.getParameter("name")), FormInput.text(request.getParameter("phone")),
                FormInput.text(request.getParameter("address")), FormInput.text(request.getParameter("type")),
                FormInput.text(request.getParameter("creditLimit")));
    }

    public static CustomerForm empty() {
        return new CustomerForm("", "", "", "", PriceLevel.ECERAN.name(), "0");
    }

    public static CustomerForm of(Customer c) {
        return new CustomerForm(c.getId(), c.getName(), c.getPhone() == null ? "" : c.getPhone(),
                c.getAddress() == null ? "" : c.getAddress(), c.getType().name(), Long.toString(c.getCreditLimit()));
    }

    public boolean isNew() {
        return id.isEmpty();
    }

    public CustomerRequest toRequest(HttpServletRequest request) {
        PriceLevel level = Arrays.stream(PriceLevel.values()).filter(l -> l.name().equals(type)).findFirst()
                .orElse(null);
        return new CustomerRequest(id, name, phone, address, level, FormInput.rupiah(creditLimit).orElse(null),
                SignedInUser.id(request));
    }
}
