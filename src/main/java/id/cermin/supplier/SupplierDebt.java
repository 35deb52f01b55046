package id.cermin.supplier;

import java.time.LocalDate;

/** What is owed to one supplier: in total, overdue today, and the nearest due date of what is open. */
public record SupplierDebt(Supplier supplier, long outstanding, long overdue, long openReceipts, LocalDate nextDue) {
}
