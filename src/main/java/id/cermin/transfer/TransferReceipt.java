package id.cermin.transfer;

import id.cermin.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The receiving store's "Terima barang": who took the goods in, when, with a note. One
 * per transfer (a unique key), written at the receiving store and sent back to the sender.
 */
@Entity
@Table(name = "stock_transfer_receipt")
@NamedQuery(name = "TransferReceipt.ofTransfer",
        query = "SELECT r FROM TransferReceipt r WHERE r.transferId = :transferId")
public class TransferReceipt {

    @Id
    private String id;
    @Column(name = "transfer_id", nullable = false, updatable = false)
    private String transferId;
    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;
    @Column(updatable = false)
    private String note;
    @Column(name = "to_store", nullable = false, updatable = false)
    private String toStore;
    @Column(name = "from_store", nullable = false, updatable = false)
    private String fromStore;
    @Column(name = "origin_node", nullable = false, updatable = false)
    private String originNode;

    protected TransferReceipt() {
    }

    TransferReceipt(StockTransfer transfer, String receivedBy, Instant receivedAt, String note) {
        this.id = Ids.newId();
        this.transferId = transfer.getId();
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.note = note;
        this.toStore = transfer.getToStore();
        this.fromStore = transfer.getFromStore();
        this.originNode = transfer.getToStore();
    }

    public String getTransferId() {
        return transferId;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getNote() {
        return note;
    }
}
