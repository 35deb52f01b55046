package id.cermin.customer;

import id.cermin.platform.BusinessDay;

import java.time.LocalDate;
import java.util.List;

/**
 * How old what a customer owes is, by the age of each bon still open (days since the
 * business day it was given): 0–30, 31–60, 61–90 and over 90 days. {@code balance} is
 * what the customer owes in all (less than the buckets' sum when it paid ahead, which a
 * voided bon can cause).
 */
public record Aging(Customer customer, long balance, long days0to30, long days31to60, long days61to90,
                    long over90) {

    static Aging of(Customer customer, long balance, List<Bon> open, LocalDate today, BusinessDay days) {
        long[] buckets = new long[4];
        for (Bon bon : open) {
            long age = bon.ageOn(today, days);
            buckets[age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3] += bon.outstanding();
        }
        return new Aging(customer, balance, buckets[0], buckets[1], buckets[2], buckets[3]);
    }

    /** Two rows added up (a total row: its customer is this one's). */
    public Aging plus(Aging other) {
        return new Aging(customer, balance + other.balance, days0to30 + other.days0to30,
                days31to60 + other.days31to60, days61to90 + other.days61to90, over90 + other.over90);
    }
}
