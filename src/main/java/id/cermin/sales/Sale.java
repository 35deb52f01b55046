package id.cermin.sales;

import id.cermin.inventory.MovementKind;
import id.cermin.inventory.StockMove;
import id.cermin.inventory.Voidable;
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

/** One checkout (transaksi). Written once, never updated: a void is a row of its own. */
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
    @Column(name = "sold_at", nullable = false, updatable = false)
    private Instant soldAt;
    @Column(nullable = false, updatable = false)
    private long total;
    @Column(nullable = false, updatable = false)
    private long paid;
    @Column(name = "change_due", nullable = false, updatable = false)
    private long changeDue;
    @Column(name = "item_count", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal itemCount;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    @OneToMany(mappedBy = "sale", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<SaleLine> lines = new ArrayList<>();

    protected Sale() {
    }

    Sale(String receiptNo, String cashierId, Instant soldAt, String idempotencyKey, String originNode) {
        this.id = Ids.newId();
        this.receiptNo = receiptNo;
        this.cashierId = cashierId;
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

    void pay(long amount) {
        this.paid = amount;
        this.changeDue = amount - total;
    }

    /** Lines ordered by product id: the order in which stock rows are locked. */
    static List<SaleLine> inProductOrder(List<SaleLine> lines) {
        return lines.stream().sorted(java.util.Comparator.comparing(SaleLine::getProductId)).toList();
    }

    @Override
    public List<StockMove> movements() {
        return lines.stream().map(line -> new StockMove(line.getProductId(), line.getQuantity().negate())).toList();
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

    public long getPaid() {
        return paid;
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
