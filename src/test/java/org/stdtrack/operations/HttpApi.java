package org.stdtrack.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The REST API over real HTTP with Basic authentication, as an API client of a running node uses it.
 * Accounts it creates get the password {@code <name>-password-1}; the administrator's is given.
 */
final class HttpApi {

    static final String ADMIN_PASSWORD = "cluster-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, JsonNode body) {}

    private final String base;
    private final UnaryOperator<String> passwords;

    HttpApi(ConfigurableApplicationContext node) {
        this(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")), HttpApi::password);
    }

    /** @param passwords each user's password ({@code u -> u} for the demo accounts) */
    HttpApi(int port, UnaryOperator<String> passwords) {
        this.base = "http://localhost:" + port;
        this.passwords = passwords;
    }

    static String password(String user) {
        return "admin".equals(user) ? ADMIN_PASSWORD : user + "-password-1";
    }

    /** @param roles role -> committee ("" for a role not granted per committee) */
    void createUser(String admin, String username, String organisation, Map<String, String> roles) {
        List<Map<String, Object>> grants = new ArrayList<>();
        roles.forEach((role, committee) -> {
            Map<String, Object> grant = new HashMap<>();
            grant.put("role", role);
            grant.put("committee", committee.isEmpty() ? null : committee);
            grants.add(grant);
        });
        Map<String, Object> account = new HashMap<>(
                Map.of("username", username, "displayName", username, "password", password(username), "roles", grants));
        account.put("organisation", organisation);
        Answer created = send(admin, "POST", "/api/users", account);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    }

    /**
     * TC28-SC38 reviews by correspondence and takes proposals without members' support or their package: the
     * operations
     * suites measure the engine's paths, not a committee's procedure.
     */
    void simpleProcedure(String admin) {
        Answer settings = send(
                admin,
                "PUT",
                "/api/committees/TC28-SC38",
                Map.of(
                        "nameEn", "SAC/TC28/SC38",
                        "nameZh", "全国信标委云计算分委会",
                        "reviewMode", "CORRESPONDENCE",
                        "proposalSupport", "NONE",
                        "proposalPackage", false,
                        "competentDepartment", "MIIT"));
        assertThat(settings.status()).as(settings.body().toString()).isEqualTo(200);
    }

    long register(String user, String title) {
        Answer created = send(
                user,
                "POST",
                "/api/standards",
                Map.of(
                        "title",
                        title,
                        "type",
                        "GB_T",
                        "domain",
                        "SRV.IAAS",
                        "committee",
                        "TC28-SC38",
                        "programme",
                        "CLOUD-2025",
                        "leadOrganisation",
                        "CESI"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    String taskId(String user, long standardId, String key) {
        for (JsonNode task : get(user, "/api/tasks?standard=" + standardId)) {
            if (key.equals(task.get("key").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    void complete(String user, long standardId, String key, Map<String, Object> body) {
        assertThat(tryComplete(user, standardId, key, body))
                .as(user + " completes " + key + " of " + standardId)
                .isEqualTo(200);
    }

    /** The status of completing the standard's task with this key; 404 when there is none (any more). */
    int tryComplete(String user, long standardId, String key, Map<String, Object> body) {
        String task = taskId(user, standardId, key);
        return task == null
                ? 404
                : send(user, "POST", "/api/tasks/" + task + "/complete", body).status();
    }

    JsonNode get(String user, String path) {
        Answer answer = send(user, "GET", path, null);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    /**
     * Uploads a file from disk as a standard's document, as a browser's multipart form: the file streamed
     * from disk, never held in memory.
     */
    Answer upload(String user, long standardId, String kind, Path file) {
        String boundary = "stdtrack-" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        try {
            HttpRequest request = request(user, "/api/standards/" + standardId + "/documents")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofString(head),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString(tail)))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Downloads to a file and returns the response's status and headers. */
    HttpResponse<Path> download(String user, String path, Path to) {
        try {
            return HTTP.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofFile(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + passwords.apply(user)).getBytes(StandardCharsets.UTF_8)));
    }

    Answer send(String user, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = request(user, path);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
