package id.cermin.branch;

import id.cermin.platform.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * The store a page on the hub is narrowed to ({@code ?toko=S2}): one of the chain's
 * branches, or none for all stores. A store holds only its own sales and shelf, so there
 * it offers no choice.
 */
@ApplicationScoped
public class StoreFilter {

    @Inject
    private Branches branches;

    @Inject
    private NodeIdentity identity;

    /**
     * The chosen store's node, or null for all; puts it and the stores to choose from where
     * the pages' filter finds them ({@code storeFilter}, {@code storeChoices}).
     */
    public String choose(HttpServletRequest request) {
        List<Branch> choices = identity.role() == NodeIdentity.Role.HUB ? branches.all() : List.of();
        String wanted = request.getParameter("toko");
        String chosen = choices.stream().map(Branch::getNode).filter(n -> n.equals(wanted)).findFirst().orElse(null);
        request.setAttribute("storeFilter", chosen);
        request.setAttribute("storeChoices", choices);
        return chosen;
    }
}
