package id.cermin.web;

import id.cermin.platform.NodeSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Forwarding headers are believed from the configured proxy only, and never name a host. */
class TrustedProxyTest {

    private static TrustedProxy proxy(String addresses) {
        return TrustedProxy.fromSettings(new NodeSettings(Map.of("CERMIN_TRUSTED_PROXY", addresses)::get, n -> null));
    }

    @Test
    void theTrustedProxySaysWhereTheBrowserIsAndThatItUsedHttps() {
        TrustedProxy.Client client = proxy("10.0.0.5").client("10.0.0.5", false, "https", "198.51.100.7");
        assertEquals(new TrustedProxy.Client("198.51.100.7", true), client);
    }

    @Test
    void anyoneElsesHeadersAreIgnored() {
        assertEquals(new TrustedProxy.Client("203.0.113.9", false),
                proxy("10.0.0.5").client("203.0.113.9", false, "https", "198.51.100.7"));
        assertEquals(new TrustedProxy.Client("203.0.113.9", false),
                TrustedProxy.fromSettings(new NodeSettings(n -> null, n -> null))
                        .client("203.0.113.9", false, "https", "198.51.100.7"), "no proxy configured");
    }

    @Test
    void theRightmostAddressNotOfOurProxiesIsTheBrowser() {
        TrustedProxy two = proxy("10.0.0.5, 10.0.0.6");
        assertEquals("198.51.100.7", two.client("10.0.0.5", false, "http", "6.6.6.6, 198.51.100.7, 10.0.0.6").address(),
                "what the browser wrote itself (6.6.6.6) is not believed");
        assertEquals("2001:db8:0:0:0:0:0:1", two.client("10.0.0.5", false, null, "2001:db8::1").address());
    }

    @Test
    void somethingThatIsNoAddressIsNotBelieved() {
        TrustedProxy.Client client = proxy("127.0.0.1").client("127.0.0.1", false, "https", "evil.example, <script>");
        assertEquals(new TrustedProxy.Client("127.0.0.1", true), client);
        assertEquals("127.0.0.1", proxy("127.0.0.1").client("127.0.0.1", false, null, "cafe.example").address(),
                "a name made of hex letters is not looked up");
    }

    @Test
    void aProxyGivenByNameIsRefusedAtStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> proxy("proxy.local"));
        assertEquals("CERMIN_TRUSTED_PROXY must be IP addresses separated by commas, not \"proxy.local\"",
                e.getMessage());
    }
}
