package id.cermin.sales;

import id.cermin.payment.PaymentMethod;
import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What a sale was paid with other than cash: one row per method (transfer, QRIS, card),
 * with a reference such as a transfer's number. Cash is what the sale's own row says was
 * handed over beyond these. Written once.
 */
@Entity
@Table(name = "sale_payment")
public class SalePayment {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "sale_id", nullable = false, updatable = false)
    private Sale sale;
    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;
    @Column(nullable = false, updatable = false)
    private long amount;
    @Column(updatable = false)
    private String reference;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected SalePayment() {
    }

    SalePayment(Sale sale, int lineNo, PaymentMethod method, long amount, String reference, String originNode) {
        this.id = Ids.newId();
        this.sale = sale;
        this.lineNo = lineNo;
        this.method = method;
        this.amount = amount;
        this.reference = reference;
        this.originNode = originNode;
    }

    public int getLineNo() {
        return lineNo;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public long getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }
}
