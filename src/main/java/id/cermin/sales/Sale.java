package id.cermin.sales;

import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockMove;
import id.cermin.inventory.Voidable;
import id.cermin.payment.PaymentMethod;
import id.cermin.platform.Ids;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One checkout (transaksi). Written once, never updated: a void is a row of its own. Its
 * total is what its lines come to after their discounts, less the sale's own discount.
 * Of what was handed over ({@code paid}), {@code nonCash} came by transfer, QRIS or card
 * (its {@link SalePayment} rows) and the rest in cash; change is given from cash only;
 * {@code credit} is what was left on the customer's account (a bon).
 */
@Entity
@Table(name = "sale")
@NamedQuery(name = "Sale.byIdempotencyKey", query = "SELECT s FROM Sale s WHERE s.idempotencyKey = :key")
public class Sale implements Voidable {

    @Id
    private String id;
    @Column(name = "receipt_no", nullable = false, updatable = false)
    private String receiptNo;
    @Column(name = "cashier_id", nullable = false, updatable = false)
    private String cashierId;
    @Column(name = "customer_id", updatable = false)
    private String customerId;
    @Column(name = "sold_at", nullable = false, updatable = false)
    private Instant soldAt;
    @Column(nullable = false, updatable = false)
    private long total;
    @Column(nullable = false, updatable = false)
    private long discount;
    @Column(nullable = false, updatable = false)
    private long paid;
    @Column(name = "non_cash", nullable = false, updatable = false)
    private long nonCash;
    @Column(name = "change_due", nullable = false, updatable = false)
    private long changeDue;
    @Column(nullable = false, updatable = false)
    private long credit;
    @Column(name = "item_count", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal itemCount;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    @OneToMany(mappedBy = "sale", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<SaleLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "sale", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<SalePayment> payments = new ArrayList<>();

    protected Sale() {
    }

    Sale(String receiptNo, String cashierId, String customerId, Instant soldAt, String idempotencyKey,
         String originNode) {
        this.id = Ids.newId();
        this.receiptNo = receiptNo;
        this.cashierId = cashierId;
        this.customerId = customerId;
        this.soldAt = soldAt;
        this.idempotencyKey = idempotencyKey;
        this.originNode = originNode;
        this.itemCount = BigDecimal.ZERO;
    }

    void addLine(SaleLine line) {
        lines.add(line);
        total += line.getLineTotal();
        itemCount = itemCount.add(line.getQuantity());
    }

    /** Takes {@code amount} off the lines' total. */
    void discount(long amount) {
        this.discount = amount;
        this.total -= amount;
    }

    /** A payment other than cash. */
    void addPayment(PaymentMethod method, long amount, String reference) {
        payments.add(new SalePayment(this, payments.size() + 1, method, amount, reference, originNode));
        nonCash += amount;
    }

    /**
     * Settles the sale: {@code cash} handed over, the non-cash payments already added, and
     * {@code credit} left on the account; the change is what the cash exceeds the rest of
     * the total by.
     */
    void settle(long cash, long credit) {
        this.credit = credit;
        this.paid = cash + nonCash;
        this.changeDue = paid + credit - total;
    }

    /**
     * What the customer paid for {@code line}: its total less its share of the sale's own
     * discount, shared in proportion to the lines' totals, the last line taking what
     * rounding leaves, so that the lines' shares always add up to the sale's total.
     */
    public long paidFor(SaleLine line) {
        long linesTotal = total + discount;
        if (discount == 0 || linesTotal == 0) {
            return line.getLineTotal();
        }
        long sharedBefore = 0;
        for (SaleLine other : lines) {
            if (other == line || other.getId().equals(line.getId())) {
                break;
            }
            sharedBefore += share(other, linesTotal);
        }
        boolean last = lines.get(lines.size() - 1).getId().equals(line.getId());
        return line.getLineTotal() - (last ? discount - sharedBefore : share(line, linesTotal));
    }

    private long share(SaleLine line, long linesTotal) {
        return BigDecimal.valueOf(discount).multiply(BigDecimal.valueOf(line.getLineTotal()))
                .divide(BigDecimal.valueOf(linesTotal), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /** Lines ordered by product id: the order in which stock rows are locked. */
    static List<SaleLine> inProductOrder(List<SaleLine> lines) {
        return lines.stream().sorted(java.util.Comparator.comparing(SaleLine::getProductId)).toList();
    }

    @Override
    public List<StockMove> movements() {
        return lines.stream().map(line -> new StockMove(line.getProductId(), line.getBaseQuantity().negate())).toList();
    }

    @Override
    public MovementKind voidKind() {
        return MovementKind.SALE_VOID;
    }

    @Override
    public String auditEntity() {
        return "sale";
    }

    @Override
    public String getId() {
        return id;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    /** A sale's reference is its receipt number. */
    @Override
    public String getReference() {
        return receiptNo;
    }

    public String getCashierId() {
        return cashierId;
    }

    public Instant getSoldAt() {
        return soldAt;
    }

    public long getTotal() {
        return total;
    }

    public String getCustomerId() {
        return customerId;
    }

    public long getDiscount() {
        return discount;
    }

    /** The lines' total before the sale's own discount. */
    public long getSubtotal() {
        return total + discount;
    }

    /** The sale's discount and its lines', together. */
    public long getAllDiscounts() {
        return discount + lines.stream().mapToLong(SaleLine::getDiscount).sum();
    }

    public long getPaid() {
        return paid;
    }

    public long getNonCash() {
        return nonCash;
    }

    /** The cash handed over (change is given from it). */
    public long getCash() {
        return paid - nonCash;
    }

    public long getCredit() {
        return credit;
    }

    public List<SalePayment> getPayments() {
        return Collections.unmodifiableList(payments);
    }

    public long getChangeDue() {
        return changeDue;
    }

    public BigDecimal getItemCount() {
        return itemCount;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public String getOriginNode() {
        return originNode;
    }

    public List<SaleLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
