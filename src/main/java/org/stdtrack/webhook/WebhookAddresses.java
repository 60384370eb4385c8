package org.stdtrack.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stdtrack.problem.ApiException;

/**
 * Where a hook may point: an http or https address whose host resolves only to public addresses — not this
 * host's own, a loopback, link-local, private (RFC 1918, unique-local IPv6), shared (100.64/10) or multicast one —
 * so that a hook cannot make the tracker call into its own network. Checked when a hook is registered and again
 * before each delivery (a name may resolve elsewhere later). {@code stdtrack.webhooks.allow-private-addresses}
 * lifts the rule for an installation whose receivers sit on its own network (and for the tests' receiver).
 */
@Component
class WebhookAddresses {

    private final boolean allowPrivate;

    WebhookAddresses(@Value("${stdtrack.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The address as a URI, or 422 naming what is wrong with it. */
    URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("'" + url + "' is not an address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            throw refused("A webhook's address is http or https with a host, and no user name in it.");
        }
        if (!allowPrivate) {
            InetAddress[] resolved;
            try {
                resolved = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw refused("The host " + uri.getHost() + " does not resolve.");
            }
            for (InetAddress address : resolved) {
                if (isInternal(address)) {
                    throw refused("The host " + uri.getHost() + " resolves to " + address.getHostAddress()
                            + ", an address of this host or a private network.");
                }
            }
        }
        return uri;
    }

    /** This host's own addresses, loopback, link-local, site-local, unique-local, shared and multicast ones. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC; // fc00::/7
        }
        boolean shared = (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64; // 100.64.0.0/10
        return shared || isOwn(address);
    }

    private static boolean isOwn(InetAddress address) {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (Collections.list(nic.getInetAddresses()).contains(address)) {
                    return true;
                }
            }
        } catch (SocketException e) {
            return true;
        }
        return false;
    }

    private static ApiException refused(String why) {
        return ApiException.invalid("url", why).withText("problem.webhook.address");
    }
}
