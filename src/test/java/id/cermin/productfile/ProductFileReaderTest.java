package id.cermin.productfile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading product files as spreadsheets write them: separators, Indonesian numbers, the line of each row. */
class ProductFileReaderTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {"2,5|2.5", "1.250,5|1250.5", "1.500|1500", "8.5|8.5", "4.25|4.25", "180|180",
            "0|0"})
    void quantitiesAsIndonesiaWritesThem(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(IndonesianNumbers.quantity(text).orElseThrow()));
    }

    @ParameterizedTest(name = "{0} is no quantity")
    @CsvSource(delimiter = '|', value = {"x1", "-2", "2,5555", "1.2.3", "''", "2e3"})
    void whatIsNoQuantity(String text) {
        assertEquals(Optional.empty(), IndonesianNumbers.quantity(text));
    }

    @ParameterizedTest(name = "{0} is Rp {1}")
    @CsvSource(delimiter = '|', value = {"58.000|58000", "58000|58000", "Rp 58.000|58000", "Rp58.000,00|58000",
            "1.250.000|1250000"})
    void rupiahAsIndonesiaWritesThem(String text, long value) {
        assertEquals(value, IndonesianNumbers.rupiah(text).orElseThrow());
    }

    @Test
    void rowsKeepTheirLineInTheFileWhicheverTheSeparator() throws Exception {
        String semicolons = "\uFEFFcode;category;barcode;name;unit;cost_price;sell_price;min_stock;opening_stock\r\n"
                + "a;Semen;;Semen A;sak;52.000;58.000;10;180\r\n\r\n"
                + "b;Semen;;Semen B;sak;12a;58.000;10;180\r\n";
        List<ImportRow> rows = ProductFileReader.read(new StringReader(semicolons));
        assertEquals(List.of(2, 4), rows.stream().map(ImportRow::line).toList());
        assertEquals(52_000L, rows.get(0).costPrice());
        assertEquals("error.importCost", rows.get(1).error());

        String commas = "category,name,unit,cost_price,sell_price\nKawat,Kawat Bendrat,kg,\"20.000\",25000\n";
        ImportRow row = ProductFileReader.read(new StringReader(commas)).get(0);
        assertEquals(2, row.line());
        assertEquals(20_000L, row.costPrice());
        assertEquals(BigDecimal.ZERO, row.openingStock(), "optional columns may be left out");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedWhole() {
        ProductFileReader.Unreadable refused = assertThrows(ProductFileReader.Unreadable.class,
                () -> ProductFileReader.read(new StringReader("name;unit\nSemen;sak\n")));
        assertEquals("error.importColumn", refused.key);
        assertEquals("category", refused.argument);
    }

    @Test
    void theDemoCatalogueReadsWithoutAnError() throws IOException, ProductFileReader.Unreadable {
        try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/demo/catalogue.csv"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            List<ImportRow> rows = ProductFileReader.read(in);
            // every product line of the file (cable by the metre and by the roll are one product since units)
            assertEquals(93, rows.size());
            assertEquals(List.of(), rows.stream().filter(r -> !r.isValid()).map(ImportRow::line).toList());
        }
    }
}
