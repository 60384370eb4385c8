package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Calls the real API through the full security filter chain, signed in as a demo user. The user's real
 * account (roles, committees) is loaded; only the password check is skipped, which {@code AuthenticationTest}
 * covers over real HTTP Basic.
 */
public final class Api {

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final ObjectMapper json;

    public Api(MockMvc mvc, UserDetailsService users, ObjectMapper json) {
        this.mvc = mvc;
        this.users = users;
        this.json = json;
    }

    public record Response(int status, String contentType, String location, JsonNode body) {

        public JsonNode get(String field) {
            return body.get(field);
        }

        public String text(String field) {
            JsonNode node = body.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }
    }

    /** A response read as bytes, with its headers by lower-case name. */
    public record FileResponse(int status, Map<String, String> headers, byte[] bytes) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Signed in as this demo user; {@code null} for an anonymous caller. */
    public As as(String username) {
        return new As(username);
    }

    public final class As {
        private final String username;

        As(String username) {
            this.username = username;
        }

        public Response get(String path) {
            return call(MockMvcRequestBuilders.get(path));
        }

        public Response post(String path, Object body) {
            return call(withBody(MockMvcRequestBuilders.post(path), body));
        }

        public Response put(String path, Object body) {
            return call(withBody(MockMvcRequestBuilders.put(path), body));
        }

        public Response delete(String path) {
            return call(MockMvcRequestBuilders.delete(path));
        }

        /** A raw body with a chosen media type, for malformed-input tests. */
        public Response postRaw(String path, String body, MediaType type) {
            return call(MockMvcRequestBuilders.post(path).contentType(type).content(body));
        }

        private MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, Object body) {
            try {
                return request.contentType(MediaType.APPLICATION_JSON)
                        .content(body instanceof String s ? s : json.writeValueAsString(body));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** A file as the body, such as a portfolio to import. */
        public Response postFile(String path, byte[] file, MediaType type) {
            return call(MockMvcRequestBuilders.post(path).contentType(type).content(file));
        }

        /** A multipart form with one file part named {@code file} and the given fields, as a browser sends it. */
        public Response upload(String path, Map<String, String> fields, String filename, byte[] file) {
            MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path)
                    .file(new MockMultipartFile("file", filename, MediaType.APPLICATION_OCTET_STREAM_VALUE, file));
            fields.forEach(request::param);
            return call(request);
        }

        /** Any response as its status, headers and bytes: a file, or the problem that refused it. */
        public FileResponse fetch(String path) {
            return page(MockMvcRequestBuilders.get(path));
        }

        /** The page as a reader of that language gets it. */
        public FileResponse fetchIn(String language, String path) {
            return page(MockMvcRequestBuilders.get(path).header("Accept-Language", language));
        }

        /** A page's form submitted with these fields (and the CSRF token a browser sends with it). */
        public FileResponse submitForm(String path, Map<String, String> fields) {
            MockHttpServletRequestBuilder request =
                    MockMvcRequestBuilders.post(path).with(csrf());
            fields.forEach(request::param);
            return page(request);
        }

        /** A page's form submitted as a browser reading that language does, answered without following it. */
        public FileResponse submitFormIn(String language, String path, Map<String, String> fields) {
            MockHttpServletRequestBuilder request =
                    MockMvcRequestBuilders.post(path).with(csrf()).header("Accept-Language", language);
            fields.forEach(request::param);
            return page(request);
        }

        /**
         * A page's form submitted as a browser reading that language does (a field may repeat, as checkboxes
         * do), and the page its redirect leads to with what the handler kept for it there (its flash
         * attributes): what the user sees next.
         */
        public FileResponse submitAndFollow(String language, String path, Map<String, List<String>> fields) {
            MockHttpServletRequestBuilder post =
                    MockMvcRequestBuilders.post(path).with(csrf()).header("Accept-Language", language);
            fields.forEach((name, values) -> post.param(name, values.toArray(String[]::new)));
            if (username != null) {
                post.with(user(users.loadUserByUsername(username)));
            }
            try {
                MvcResult posted = mvc.perform(post).andReturn();
                String location = posted.getResponse().getRedirectedUrl();
                assertThat(location).as(path + " redirects").isNotNull();
                return page(MockMvcRequestBuilders.get(location.split("#")[0])
                        .flashAttrs(posted.getFlashMap())
                        .header("Accept-Language", language));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private FileResponse page(MockHttpServletRequestBuilder request) {
            if (username != null) {
                request.with(user(users.loadUserByUsername(username)));
            }
            try {
                var response = mvc.perform(request).andReturn().getResponse();
                Map<String, String> headers = new LinkedHashMap<>();
                response.getHeaderNames()
                        .forEach(name -> headers.put(name.toLowerCase(Locale.ROOT), response.getHeader(name)));
                return new FileResponse(response.getStatus(), headers, response.getContentAsByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The response's bytes, for files (an XLSX download). */
        public byte[] download(String path) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
            if (username != null) {
                request.with(user(users.loadUserByUsername(username)));
            }
            try {
                var response = mvc.perform(request).andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(200);
                return response.getContentAsByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** JSON as a tree; anything else (Prometheus text, a page) as one text node. */
        private JsonNode parse(String content) {
            try {
                return json.readTree(content);
            } catch (JacksonException notJson) {
                return json.getNodeFactory().textNode(content);
            }
        }

        private Response call(MockHttpServletRequestBuilder request) {
            if (username != null) {
                // A signed-in browser session: it carries the session's CSRF token like the web pages do.
                request.with(user(users.loadUserByUsername(username))).with(csrf());
            }
            try {
                MvcResult result = mvc.perform(request).andReturn();
                var response = result.getResponse();
                String content = response.getContentAsString(StandardCharsets.UTF_8);
                JsonNode body = content.isEmpty() ? json.nullNode() : parse(content);
                return new Response(
                        response.getStatus(), response.getContentType(), response.getHeader("Location"), body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
