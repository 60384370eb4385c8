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
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies larger than stdtrack.api.max-request-size, and files larger than the limits of
 * imports and documents (with room for the form around them), with 413, before anything reads
 * them: by the declared length at once, and by counting when the body comes without one (chunked).
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    /** Where a portfolio to import is sent: the file itself as the API's body, or a form on the import page. */
    private static final Pattern IMPORTS = Pattern.compile("(/api)?/imports/.*");

    /** Where a standard's documents are uploaded, as forms, from the API and the pages. */
    private static final Pattern DOCUMENTS = Pattern.compile("(/api)?/standards/[^/]+/documents/?");

    /** Room for a form's boundaries, part headers and other fields around the file. */
    private static final long FORM_ENVELOPE = 64 * 1024;

    private final long maxRequestBytes;
    private final long maxImportBytes;
    private final long maxDocumentBytes;
    private final ObjectMapper json;

    RequestSizeLimit(
            @Value("${stdtrack.api.max-request-size:1MB}") DataSize maxRequestSize,
            @Value("${stdtrack.imports.max-file-size:50MB}") DataSize maxImportSize,
            @Value("${stdtrack.documents.max-size:50MB}") DataSize maxDocumentSize,
            ObjectMapper json) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxImportBytes = maxImportSize.toBytes() + FORM_ENVELOPE;
        this.maxDocumentBytes = maxDocumentSize.toBytes() + FORM_ENVELOPE;
        this.json = json;
    }

    /** The largest body a request to this path may have; negative for pages that take no files. */
    private long limitFor(String path) {
        if (IMPORTS.matcher(path).matches()) {
            return maxImportBytes;
        }
        if (DOCUMENTS.matcher(path).matches()) {
            return maxDocumentBytes;
        }
        return path.startsWith("/api/") ? maxRequestBytes : -1;
    }

    /** Thrown while reading a body that turns out to be too large. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limitFor(request.getRequestURI()) < 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = limitFor(request.getRequestURI());
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
