package id.cermin.till;

import id.cermin.audit.AuditTrail;
import id.cermin.platform.BusinessDay;
import id.cermin.platform.NodeIdentity;
import id.cermin.platform.SqlValues;
import id.cermin.platform.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shifts at this node's till: one open shift per cashier at a time; cash moves go into the
 * mover's open shift; closing records the cash counted beside the cash expected then.
 * Shifts, moves and closes are made on the node whose drawer they describe.
 */
@Stateless
public class TillService {

    static final long MAX_CASH = 1_000_000_000L;

    @PersistenceContext(unitName = "cermin")
    private EntityManager em;

    @Inject
    private TillTakings takings;

    @Inject
    private NodeIdentity identity;

    @Inject
    private AuditTrail audit;

    public TillShift open(String key, String cashierId, Long openingCash) {
        Optional<TillShift> done = em.createNamedQuery("TillShift.byIdempotencyKey", TillShift.class)
                .setParameter("key", key).getResultStream().findFirst();
        if (done.isPresent()) {
            return done.get();
        }
        long opening = cash(openingCash, "openingCash", true);
        // One open shift per cashier: two tabs opening at once queue on the cashier's row.
        em.createNativeQuery("SELECT id FROM app_user WHERE id = ? FOR UPDATE").setParameter(1, cashierId)
                .getResultList();
        if (openShiftOf(cashierId).isPresent()) {
            throw InvalidInputException.of("form", "error.shiftOpen");
        }
        TillShift shift = new TillShift(cashierId, BusinessDay.ofNode().now(), opening, key, identity.node());
        em.persist(shift);
        audit.record("OPEN", "till_shift", shift.getId(), "kas awal " + opening);
        return shift;
    }

    /** The user's open shift at this node's till, if any. */
    public Optional<TillShift> openShiftOf(String userId) {
        return em.createNamedQuery("TillShift.openOf", TillShift.class).setParameter("cashierId", userId)
                .setParameter("node", identity.node()).getResultStream().findFirst();
    }

    /**
     * Cash into or out of the drawer of the user's open shift, with a reason; in the
     * caller's transaction when there is one (a supplier paid from the drawer).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public TillCashMove moveCash(String key, String userId, TillCashMove.Direction direction, Long amount,
                                 String reason) {
        Optional<TillCashMove> done = em.createNamedQuery("TillCashMove.byIdempotencyKey", TillCashMove.class)
                .setParameter("key", key).getResultStream().findFirst();
        if (done.isPresent()) {
            return done.get();
        }
        if (direction == null) {
            throw InvalidInputException.of("direction", "error.required");
        }
        long value = cash(amount, "amount", false);
        if (reason == null || reason.isEmpty() || reason.length() > 255) {
            throw InvalidInputException.of("reason", "error.cashReason");
        }
        TillShift shift = openShiftOf(userId).orElseThrow(() -> InvalidInputException.of("form", "error.noShift"));
        TillCashMove move = new TillCashMove(shift.getId(), direction, value, reason, BusinessDay.ofNode().now(),
                userId, key, identity.node());
        em.persist(move);
        audit.record("CASH_" + direction, "till_shift", shift.getId(), value + ": " + reason);
        return move;
    }

    /** Closes a shift with the cash counted; a cashier closes only their own shift. */
    public ShiftReport close(String shiftId, String userId, boolean backOffice, Long counted, String note) {
        TillShift shift = shiftId == null ? null : em.find(TillShift.class, shiftId, LockModeType.PESSIMISTIC_WRITE);
        if (shift == null || !backOffice && !shift.getCashierId().equals(userId)) {
            throw InvalidInputException.of("form", "error.notFound");
        }
        if (!shift.getOriginNode().equals(identity.node())) {
            throw new InvalidInputException(Map.of("form", "error.shiftElsewhere", "argument", shift.getOriginNode()));
        }
        if (closeOf(shift.getId()).isPresent()) {
            throw InvalidInputException.of("form", "error.shiftClosed");
        }
        long countedCash = cash(counted, "countedCash", true);
        if (note != null && note.length() > 255) {
            throw InvalidInputException.of("note", "error.tooLong255");
        }
        Instant now = BusinessDay.ofNode().now();
        ShiftReport open = report(shift, now, null);
        TillShiftClose close = new TillShiftClose(shift.getId(), now, userId, open.expectedNow(), countedCash,
                note == null || note.isEmpty() ? null : note, identity.node());
        em.persist(close);
        audit.record("CLOSE", "till_shift", shift.getId(), "diharapkan " + open.expectedNow() + " dihitung "
                + countedCash + " selisih " + (countedCash - open.expectedNow()));
        return report(shift, now, close);
    }

    public Optional<ShiftReport> report(String shiftId) {
        TillShift shift = shiftId == null ? null : em.find(TillShift.class, shiftId);
        if (shift == null) {
            return Optional.empty();
        }
        Optional<TillShiftClose> close = closeOf(shift.getId());
        return Optional.of(report(shift, close.map(TillShiftClose::getClosedAt).orElse(BusinessDay.ofNode().now()),
                close.orElse(null)));
    }

    /** Shifts, newest first: one cashier's, or everyone's when {@code cashierId} is null. */
    public List<ShiftRow> shifts(String cashierId, int max) {
        List<?> rows = em.createNativeQuery("""
                SELECT s.id, u.full_name, s.opened_at, s.opening_cash, c.closed_at, c.expected_cash, c.counted_cash
                FROM till_shift s
                JOIN app_user u ON u.id = s.cashier_id
                LEFT JOIN till_shift_close c ON c.shift_id = s.id
                WHERE ? IS NULL OR s.cashier_id = ?
                ORDER BY s.opened_at DESC, s.id DESC
                """).setParameter(1, cashierId).setParameter(2, cashierId).setMaxResults(max).getResultList();
        List<ShiftRow> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new ShiftRow((String) r[0], (String) r[1], SqlValues.instant(r[2]), SqlValues.number(r[3]),
                    SqlValues.instant(r[4]), r[5] == null ? null : SqlValues.number(r[5]),
                    r[6] == null ? null : SqlValues.number(r[6])));
        }
        return result;
    }

    private ShiftReport report(TillShift shift, Instant end, TillShiftClose close) {
        String node = shift.getOriginNode();
        long[] refunds = takings.cashRefunds(shift.getCashierId(), node, shift.getOpenedAt(), end);
        return new ShiftReport(shift, name(shift.getCashierId()),
                takings.byMethod(shift.getCashierId(), node, shift.getOpenedAt(), end),
                takings.cashBonPayments(shift.getCashierId(), node, shift.getOpenedAt(), end),
                em.createNamedQuery("TillCashMove.ofShift", TillCashMove.class).setParameter("shiftId", shift.getId())
                        .getResultList(),
                refunds[0], refunds[1], takings.voided(shift.getCashierId(), node, shift.getOpenedAt(), end), close,
                close == null ? null : name(close.getClosedBy()));
    }

    private String name(String userId) {
        List<?> names = em.createNativeQuery("SELECT full_name FROM app_user WHERE id = ?").setParameter(1, userId)
                .getResultList();
        return names.isEmpty() ? "" : names.get(0).toString();
    }

    private Optional<TillShiftClose> closeOf(String shiftId) {
        return em.createNamedQuery("TillShiftClose.ofShift", TillShiftClose.class).setParameter("shiftId", shiftId)
                .getResultStream().findFirst();
    }

    private static long cash(Long amount, String field, boolean zeroAllowed) {
        if (amount == null || amount < 0 || amount > MAX_CASH || !zeroAllowed && amount == 0) {
            throw InvalidInputException.of(field, "error.cash");
        }
        return amount;
    }
}
