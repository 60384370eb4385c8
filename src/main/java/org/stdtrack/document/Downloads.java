package org.stdtrack.document;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/** Headers of a file sent for download, the same for stored and generated files. */
final class Downloads {

    private Downloads() {}

    /**
     * RFC 6266: an ASCII {@code filename} for old clients and the exact name as {@code filename*} in UTF-8,
     * so that 征求意见稿.docx arrives as 征求意见稿.docx.
     */
    static String attachment(String filename) {
        String ascii =
                filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static void start(HttpServletResponse response, String contentType, long length, String filename) {
        response.setContentType(contentType);
        if (length >= 0) {
            response.setContentLengthLong(length);
        }
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(filename));
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
