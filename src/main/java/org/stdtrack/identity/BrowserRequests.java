package org.stdtrack.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * What a request says about the browser that sent it. {@code Sec-Fetch-*} and {@code Origin} are set by
 * browsers themselves and cannot be set by a page's script, so a foreign page cannot hide that its request
 * crosses sites; clients that are not browsers (curl, scripts, integrations) send neither.
 */
final class BrowserRequests {

    private BrowserRequests() {}

    /** Sent by a browser: a navigation, a fetch or a sub-resource. */
    static boolean fromBrowser(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Mode") != null || acceptsHtml(request);
    }

    /** A page the browser is to show (a link followed, an address typed, a form sent). */
    static boolean isNavigation(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode != null ? mode.equals("navigate") : acceptsHtml(request);
    }

    /** Sent by a browser on behalf of a page of another origin. */
    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
