package org.stdtrack.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code stdtrack.catalogue.requests-per-minute} requests a minute from one address to the public
 * catalogue (its pages, JSON, feed and text): the catalogue is open to everyone, so no one may keep it busy.
 * Counted in fixed one-minute windows on this node; past the limit, 429 with {@code Retry-After}. The addresses
 * counted at once are bounded, the oldest windows forgotten first. Behind a proxy, the client's address is the
 * one the proxy forwards ({@code server.forward-headers-strategy}). A window that starts after now (the clock
 * was set back) is over: the limit never holds an address longer than a minute.
 */
@Component
class CatalogueRateLimit extends OncePerRequestFilter {

    /** The most addresses counted at once. */
    static final int MAX_ADDRESSES = 10_000;

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Map<String, Window> windows = new LinkedHashMap<>(16, 0.75f, true);

    private record Window(Instant start, int count) {}

    CatalogueRateLimit(
            @Value("${stdtrack.catalogue.requests-per-minute:120}") int perMinute,
            Clock clock,
            MessageSource messages,
            ObjectMapper json) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/public/") || path.equals("/catalogue") || path.startsWith("/catalogue/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = admit(request.getRemoteAddr(), clock.instant());
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Too Many Requests");
        problem.put("status", 429);
        problem.put(
                "detail",
                messages.getMessage("problem.catalogue.tooMany", new Object[] {perMinute, wait}, request.getLocale()));
        problem.put("code", "problem.catalogue.tooMany");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** 0 when the request may go on, else the seconds until this address's window ends. */
    synchronized long admit(String address, Instant now) {
        Window w = windows.get(address);
        if (w == null || now.isBefore(w.start()) || !now.isBefore(w.start().plus(WINDOW))) {
            w = new Window(now, 0);
        }
        if (w.count() >= perMinute) {
            return Math.max(1, Duration.between(now, w.start().plus(WINDOW)).toSeconds());
        }
        windows.put(address, new Window(w.start(), w.count() + 1));
        if (windows.size() > MAX_ADDRESSES) {
            var oldest = windows.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return 0;
    }
}
