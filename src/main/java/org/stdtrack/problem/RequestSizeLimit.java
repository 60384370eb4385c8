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
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Bounds every request body before anything reads it, the security chain's CSRF check included: files to
 * the addresses that take them (imports, comment imports, documents) up to their limits with room for the
 * form around them, and every other body, API or page, up to stdtrack.api.max-request-size. A body over its
 * limit is 413 by its declared length at once, or by counting when it comes without one (chunked); a form
 * with files sent anywhere else is 415, so that no file is spooled to disk for an address that takes none.
 * The address is read decoded, as the controllers see it: {@code /%61pi/…} is {@code /api/…}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    /** Room for a form's boundaries, part headers and other fields around the file. */
    private static final long FORM_ENVELOPE = 64 * 1024;

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    /** The addresses that take a file, with the largest body each accepts. */
    private record Upload(Pattern path, long maxBytes) {}

    private final List<Upload> uploads;
    private final long maxRequestBytes;
    private final ObjectMapper json;

    RequestSizeLimit(
            @Value("${stdtrack.api.max-request-size:1MB}") DataSize maxRequestSize,
            @Value("${stdtrack.imports.max-file-size:50MB}") DataSize maxImportSize,
            @Value("${stdtrack.documents.max-size:50MB}") DataSize maxDocumentSize,
            @Value("${stdtrack.comments.max-import-size:5MB}") DataSize maxCommentImportSize,
            @Value("${stdtrack.system-tables.max-import-size:10MB}") DataSize maxSystemRowsImportSize,
            @Value("${stdtrack.international.max-import-size:300MB}") DataSize maxIsoImportSize,
            ObjectMapper json) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.uploads = List.of(
                // A portfolio: the file itself as the API's body, or a form on the import page.
                new Upload(Pattern.compile("(/api)?/imports/.*"), maxImportSize.toBytes() + FORM_ENVELOPE),
                // A standard's documents and a pilot's evidence letters, as forms, from the API and the pages.
                new Upload(
                        Pattern.compile(
                                "(/api)?/(standards/[^/]+/documents|pilots/[^/]+/letters|liaisons/[^/]+/documents)/?"),
                        maxDocumentSize.toBytes() + FORM_ENVELOPE),
                // Comments from every channel: a CSV or XLSX as the API's body or a form.
                new Upload(
                        Pattern.compile("(/api)?/standards/[^/]+/comments/import"),
                        maxCommentImportSize.toBytes() + FORM_ENVELOPE),
                // A system table's rows: the detail table as the API's body.
                new Upload(
                        Pattern.compile("/api/programmes/[^/]+/system-tables/[^/]+/rows/import"),
                        maxSystemRowsImportSize.toBytes() + FORM_ENVELOPE),
                // ISO's open data files, as the API's body or a form on the import page.
                new Upload(
                        Pattern.compile("(/api)?/international/imports/.*"),
                        maxIsoImportSize.toBytes() + FORM_ENVELOPE));
        this.json = json;
    }

    /** Thrown while reading a body that turns out to be too large. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = PATHS.getPathWithinApplication(request);
        Upload upload = uploads.stream()
                .filter(u -> u.path().matcher(path).matches())
                .findFirst()
                .orElse(null);
        if (upload == null && isMultipart(request)) {
            refuse(
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "This address takes no files; send the form without them.");
            return;
        }
        long maxBytes = upload == null ? maxRequestBytes : upload.maxBytes();
        if (request.getContentLengthLong() > maxBytes) {
            refuse(
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body is larger than the " + maxBytes + " bytes this address accepts.");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, maxBytes) : request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(
                response.getOutputStream(), ApiException.of(status, detail).toProblem());
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
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, (int) Math.min(length, maxBytes + 1 - read));
                    if (n > 0 && (read += n) > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    return n;
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
