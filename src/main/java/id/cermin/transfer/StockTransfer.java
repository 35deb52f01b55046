package id.cermin.transfer;

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
 * Goods sent from one store to another (mutasi stok), numbered like a receipt
 * ({@code S1-T-20261203-0001}) for its surat jalan. Written once at the sending store,
 * never updated: its arrival is a {@link TransferReceipt}.
 */
@Entity
@Table(name = "stock_transfer")
@NamedQuery(name = "StockTransfer.byIdempotencyKey",
        query = "SELECT t FROM StockTransfer t WHERE t.idempotencyKey = :key")
public class StockTransfer {

    @Id
    private String id;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "from_store", nullable = false, updatable = false)
    private String fromStore;
    @Column(name = "to_store", nullable = false, updatable = false)
    private String toStore;
    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;
    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;
    @Column(updatable = false)
    private String note;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    @OneToMany(mappedBy = "transfer", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<StockTransferLine> lines = new ArrayList<>();

    protected StockTransfer() {
    }

    StockTransfer(String reference, String fromStore, String toStore, String sentBy, Instant sentAt, String note,
                  String idempotencyKey) {
        this.id = Ids.newId();
        this.reference = reference;
        this.fromStore = fromStore;
        this.toStore = toStore;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
        this.note = note;
        this.idempotencyKey = idempotencyKey;
        this.originNode = fromStore;
    }

    void addLine(String productId, String productName, String unitCode, BigDecimal quantity) {
        lines.add(new StockTransferLine(this, lines.size() + 1, productId, productName, unitCode, quantity));
    }

    public String getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getFromStore() {
        return fromStore;
    }

    public String getToStore() {
        return toStore;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getNote() {
        return note;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public List<StockTransferLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
