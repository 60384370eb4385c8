package org.stdtrack.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the standard and the task a request is about into the logging context (MDC keys {@value #STANDARD}
 * and {@value #TASK}), so that every line logged while serving it says so. Work the engine does on its
 * own (timers) sets the same keys where it happens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogContext extends OncePerRequestFilter {

    public static final String STANDARD = "standard";
    public static final String TASK = "task";
    private static final Pattern STANDARD_PATH = Pattern.compile("^/(?:api/)?standards/(\\d+)");
    private static final Pattern TASK_PATH = Pattern.compile("^/(?:api/)?tasks/([A-Za-z0-9-]{1,64})");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        put(STANDARD, STANDARD_PATH.matcher(path));
        put(TASK, TASK_PATH.matcher(path));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(STANDARD);
            MDC.remove(TASK);
        }
    }

    private static void put(String key, Matcher matcher) {
        if (matcher.find()) {
            MDC.put(key, matcher.group(1));
        }
    }
}
