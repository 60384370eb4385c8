package org.stdtrack.webhook;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** Webhooks over HTTP (docs/api.md, "Webhooks"). */
@RestController
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Webhook> register(AppUser user, @Valid @RequestBody Webhooks.WebhookRequest body) {
        Webhook hook = webhooks.register(user, body);
        return ResponseEntity.created(URI.create("/api/webhooks/" + hook.id())).body(hook);
    }

    @GetMapping("/api/webhooks")
    List<Webhook> list(AppUser user) {
        return webhooks.list(user);
    }

    @DeleteMapping("/api/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(AppUser user, @PathVariable long id) {
        webhooks.delete(user, id);
    }

    @GetMapping("/api/webhooks/{id}/deliveries")
    List<WebhookRepository.Attempt> deliveries(AppUser user, @PathVariable long id) {
        return webhooks.deliveries(user, id);
    }
}
