package id.cermin.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleFilterTest {

    @Test
    void theLanguageLinkKeepsThePageAndItsQuery() {
        assertEquals("/laporan/keluar?dari=2026-12-01&sampai=2026-12-03&",
                LocaleFilter.switchHref("GET", "/laporan/keluar", "dari=2026-12-01&lang=id&sampai=2026-12-03", null, null));
        assertEquals("/barang?", LocaleFilter.switchHref("GET", "/barang", null, null, null));
        assertEquals("/barang?q=semen&", LocaleFilter.switchHref("GET", "/barang", "lang=en&q=semen", null, null));
    }

    @Test
    void afterAFormItLeadsToThePageTheFormWasOnWhenThatIsThisSite() {
        assertEquals("/sinkronisasi?", LocaleFilter.switchHref("POST", "/sinkronisasi/periksa", null,
                "http://localhost:8080/sinkronisasi", "localhost:8080"));
        assertEquals("/?", LocaleFilter.switchHref("POST", "/sinkronisasi/periksa", null,
                "http://evil.example/x?y=1", "localhost:8080"));
        assertEquals("/?", LocaleFilter.switchHref("POST", "/kasir/bayar", null, null, "localhost:8080"));
    }
}
