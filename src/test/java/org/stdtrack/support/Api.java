package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
