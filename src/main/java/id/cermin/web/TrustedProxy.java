package id.cermin.web;

import id.cermin.platform.NodeSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reverse proxy in front of a hub on the internet ({@code CERMIN_TRUSTED_PROXY}: its
 * addresses, separated by commas). Only a connection from one of them is believed when it
 * says, in {@code X-Forwarded-Proto} and {@code X-Forwarded-For}, that the browser used
 * HTTPS and where the browser is; anyone else could write those headers too. Plain Java,
 * so the rule is tested without a server.
 */
public final class TrustedProxy {

    public static final String SETTING = "CERMIN_TRUSTED_PROXY";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<InetAddress> addresses;

    private TrustedProxy(Set<InetAddress> addresses) {
        this.addresses = addresses;
    }

    /** The proxies named by the setting; none when it is not set. */
    public static TrustedProxy fromSettings(NodeSettings settings) {
        Optional<String> value = settings.text(SETTING);
        if (value.isEmpty()) {
            return new TrustedProxy(Set.of());
        }
        Set<InetAddress> addresses = Arrays.stream(value.get().split(","))
                .map(String::strip)
                .map(entry -> ipLiteral(entry).orElseThrow(() -> new IllegalStateException(SETTING
                        + " must be IP addresses separated by commas, not \"" + value.get() + "\"")))
                .collect(Collectors.toUnmodifiableSet());
        return new TrustedProxy(addresses);
    }

    /**
     * The browser behind a connection: where it is and whether it used HTTPS, from the
     * proxy's headers when the connection comes from a trusted proxy, else from the
     * connection itself.
     */
    public record Client(String address, boolean https) {
    }

    public Client client(String remoteAddress, boolean secureConnection, String forwardedProto, String forwardedFor) {
        if (!isTrusted(remoteAddress)) {
            return new Client(remoteAddress, secureConnection);
        }
        boolean https = forwardedProto == null ? secureConnection
                : "https".equalsIgnoreCase(lastOf(forwardedProto));
        return new Client(browserAddress(forwardedFor).orElse(remoteAddress), https);
    }

    /** The rightmost address the proxies added that is not a proxy of ours: the browser's. */
    private Optional<String> browserAddress(String forwardedFor) {
        if (forwardedFor == null) {
            return Optional.empty();
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = ipLiteral(hops.get(i));
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (!addresses.contains(hop.get())) {
                return Optional.of(hop.get().getHostAddress());
            }
        }
        return Optional.empty();
    }

    private boolean isTrusted(String remoteAddress) {
        return !addresses.isEmpty() && ipLiteral(remoteAddress).map(addresses::contains).orElse(false);
    }

    private static String lastOf(String headerList) {
        String[] values = headerList.split(",");
        return values[values.length - 1].strip();
    }

    /** An IP address written as such; never a name (no lookup ever leaves this machine). */
    private static Optional<InetAddress> ipLiteral(String text) {
        boolean literal = text != null && (IPV4.matcher(text).matches()
                || (text.contains(":") && IPV6.matcher(text).matches()));
        if (!literal) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
