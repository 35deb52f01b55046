package id.cermin.label;

/**
 * The EAN-13 check digit (GS1's mod-10 with weights 1 and 3), for codes this store makes:
 * ZXing computes it only inside its encoder.
 */
final class Ean13 {

    private Ean13() {
    }

    /** The check digit of twelve digits. */
    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : 3 * digit;
        }
        return (10 - sum % 10) % 10;
    }
}
