package id.cermin.till;

import java.time.Instant;
import java.util.List;

/**
 * A shift as its report shows it: the opening cash, takings by payment method, bons paid in
 * cash, cash put in and taken out, cash refunds, and the cash expected in the drawer:
 * opening + cash received − change given + bons paid in cash + cash in − cash out − cash refunds. Once closed,
 * the expected cash is the one recorded at the close, next to the cash counted.
 */
public record ShiftReport(TillShift shift, String cashier, List<Takings> takings, long bonPaymentsCash,
                          List<TillCashMove> moves,
                          long refundCount, long refunds, long voided, TillShiftClose close, String closedBy) {

    public boolean isClosed() {
        return close != null;
    }

    public long cashReceived() {
        return takings.stream().filter(Takings::isCash).mapToLong(Takings::received).sum();
    }

    public long changeGiven() {
        return takings.stream().filter(Takings::isCash).mapToLong(Takings::change).sum();
    }

    public long salesTotal() {
        return takings.stream().mapToLong(Takings::total).sum();
    }

    public long salesCount() {
        return takings.stream().mapToLong(Takings::sales).sum();
    }

    public long cashIn() {
        return moves.stream().filter(m -> m.getDirection() == TillCashMove.Direction.IN)
                .mapToLong(TillCashMove::getAmount).sum();
    }

    public long cashOut() {
        return moves.stream().filter(m -> m.getDirection() == TillCashMove.Direction.OUT)
                .mapToLong(TillCashMove::getAmount).sum();
    }

    /** What should be in the drawer by the records as they are now. */
    public long expectedNow() {
        return shift.getOpeningCash() + cashReceived() - changeGiven() + bonPaymentsCash + cashIn() - cashOut()
                - refunds;
    }

    /** The expected cash: recorded at the close, or as it is now while the shift is open. */
    public long expectedCash() {
        return isClosed() ? close.getExpectedCash() : expectedNow();
    }

    /** Counted minus expected (short is negative); 0 while open. */
    public long difference() {
        return isClosed() ? close.getCountedCash() - close.getExpectedCash() : 0;
    }

    public Instant endedAt() {
        return isClosed() ? close.getClosedAt() : null;
    }
}
