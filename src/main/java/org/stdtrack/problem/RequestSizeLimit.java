package org.stdtrack.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies larger than stdtrack.api.max-request-size with 413, before anything reads
 * them: by the declared length at once, and by counting when the body comes without one (chunked).
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    /** Where whole files are sent: a portfolio to import. */
    private static final String FILE_UPLOADS = "/api/imports/";

    private final long maxRequestBytes;
    private final long maxFileBytes;
    private final ObjectMapper json;

    RequestSizeLimit(
            @Value("${stdtrack.api.max-request-size:1MB}") DataSize maxRequestSize,
            @Value("${stdtrack.imports.max-file-size:50MB}") DataSize maxFileSize,
            ObjectMapper json) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxFileBytes = maxFileSize.toBytes();
        this.json = json;
    }

    /** Thrown while reading a body that turns out to be too large. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = request.getRequestURI().startsWith(FILE_UPLOADS) ? maxFileBytes : maxRequestBytes;
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.PAYLOAD_TOO_LARGE,
                            "The request body is larger than the " + maxBytes + " bytes the API accepts."));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, maxBytes) : request, response);
    }

    private static final class Counted extends HttpServletRequestWrapper {
        private final long maxBytes;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    return b;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
