package id.cermin.catalog;

/**
 * The prices a customer buys at: eceran (retail, everyone), grosir (wholesale buyers) and
 * kontraktor (builders buying for their projects). A customer's type is its level.
 */
public enum PriceLevel {
    ECERAN, GROSIR, KONTRAKTOR
}
