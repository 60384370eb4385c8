package org.stdtrack.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;

/**
 * Sends the outbox: each due delivery is claimed by one node for a while (a conditional update, so two nodes
 * never both take it), POSTed with its headers and signature, and its attempt recorded; a failure is retried
 * after a back-off that doubles from a minute up to an hour. A hook whose deliveries have failed for a day is
 * disabled and its owner told. A node that dies after sending and before recording leaves its claims to expire,
 * and the deliveries of that batch go out again with the same delivery id, which receivers can de-duplicate.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 20;
    private static final Duration LONGEST_BACK_OFF = Duration.ofHours(1);

    private final WebhookRepository repository;
    private final WebhookAddresses addresses;
    private final ProgrammeClock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Duration claim;
    private final Duration giveUpAfter;
    private final HttpClient http;
    private final Duration timeout;
    private final String node = "webhooks-" + UUID.randomUUID().toString().substring(0, 8);

    WebhookSender(
            WebhookRepository repository,
            WebhookAddresses addresses,
            ProgrammeClock clock,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            @Value("${stdtrack.webhooks.claim-for:PT2M}") Duration claim,
            @Value("${stdtrack.webhooks.disable-after:P1D}") Duration giveUpAfter,
            @Value("${stdtrack.webhooks.timeout:PT10S}") Duration timeout) {
        this.repository = repository;
        this.addresses = addresses;
        this.clock = clock;
        this.events = events;
        this.transaction = transaction;
        this.claim = claim;
        this.giveUpAfter = giveUpAfter;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    @Scheduled(
            fixedDelayString = "${stdtrack.webhooks.delivery-interval:PT10S}",
            initialDelayString = "${stdtrack.webhooks.delivery-interval:PT10S}")
    void deliverScheduled() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Webhook delivery pass failed; the next pass retries: {}", e.getMessage());
        }
    }

    /** Sends what is due now, batch after batch; returns how many deliveries the receivers accepted. */
    int deliverDue() {
        int delivered = 0;
        int taken;
        do {
            Instant now = clock.now();
            List<String> claimed = new ArrayList<>();
            for (String id : repository.due(now, BATCH)) {
                if (repository.claim(id, node, now, now.plus(claim))) {
                    claimed.add(id);
                }
            }
            taken = claimed.size();
            for (String id : claimed) {
                delivered += send(repository.delivery(id)) ? 1 : 0;
            }
        } while (taken > 0);
        return delivered;
    }

    private boolean send(WebhookRepository.Delivery d) {
        WebhookRepository.Subscription hook = repository.find(d.webhookId()).orElse(null);
        int attempt = d.attempts() + 1;
        Instant at = clock.now();
        if (hook == null || !hook.hook().active()) {
            repository.attempted(d.id(), attempt, at, null, "the webhook was deleted or disabled", false, at);
            transaction.executeWithoutResult(status -> repository.disable(d.webhookId(), at, "deleted"));
            return false;
        }
        Integer code = null;
        String error = null;
        try {
            URI uri = addresses.checked(hook.hook().url());
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "stdtrack-webhooks")
                    .header("X-Stdtrack-Event", d.event().name())
                    .header("X-Stdtrack-Delivery", d.id())
                    .header("X-Stdtrack-Signature", "sha256=" + signature(d.body(), hook.secret()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8))
                    .build();
            code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (code < 200 || code >= 300) {
                error = "HTTP " + code;
            }
        } catch (ApiException refused) {
            error = refused.getMessage();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        boolean delivered = error == null;
        Duration backOff = Duration.ofMinutes(1L << Math.min(attempt - 1, 10));
        repository.attempted(
                d.id(),
                attempt,
                at,
                code,
                error,
                delivered,
                at.plus(backOff.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : backOff));
        if (!delivered && !d.createdAt().plus(giveUpAfter).isAfter(at)) {
            String reason = "Deliveries failed for " + giveUpAfter + " (last: " + error + ").";
            transaction.executeWithoutResult(status -> {
                repository.disable(hook.hook().id(), at, reason);
                events.publishEvent(new WebhookDisabled(
                        hook.hook().id(), hook.hook().owner(), hook.hook().url(), reason));
            });
        }
        return delivered;
    }

    /** HMAC-SHA256 of the body with the hook's secret, in lowercase hex. */
    static String signature(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
