package org.stdtrack.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.TableExport;
import org.stdtrack.identity.AppUser;

/** The signed-in user's notifications, their settings and their watch list. */
@RestController
class NotificationController {

    private final Inbox inbox;

    NotificationController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/me/notifications")
    Preferences preferences(AppUser user) {
        return inbox.preferences(user);
    }

    @PutMapping("/api/me/notifications")
    Preferences savePreferences(AppUser user, @Valid @RequestBody Preferences body) {
        return inbox.savePreferences(user, body);
    }

    /** Newest first, in the language of {@code lang=} or the request. */
    @GetMapping("/api/me/notifications/inbox")
    Inbox.Page inbox(
            AppUser user,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request) {
        return inbox.page(user, page, size, TableExport.language(request));
    }

    @PostMapping("/api/me/notifications/inbox/{id}/read")
    ResponseEntity<Void> markRead(AppUser user, @PathVariable long id) {
        inbox.markRead(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/me/notifications/inbox/read")
    ResponseEntity<Void> markAllRead(AppUser user) {
        inbox.markRead(user, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/standards/{id}/watch")
    Map<String, Boolean> watchStandard(AppUser user, @PathVariable long id) {
        return Map.of("added", inbox.watchStandard(user, id, true));
    }

    @DeleteMapping("/api/standards/{id}/watch")
    Map<String, Boolean> unwatchStandard(AppUser user, @PathVariable long id) {
        return Map.of("removed", inbox.watchStandard(user, id, false));
    }

    @PostMapping("/api/committees/{code}/watch")
    Map<String, Boolean> watchCommittee(AppUser user, @PathVariable String code) {
        return Map.of("added", inbox.watchCommittee(user, code, true));
    }

    @DeleteMapping("/api/committees/{code}/watch")
    Map<String, Boolean> unwatchCommittee(AppUser user, @PathVariable String code) {
        return Map.of("removed", inbox.watchCommittee(user, code, false));
    }

    @GetMapping("/api/me/watches")
    List<Watch> watches(AppUser user) {
        return inbox.watches(user);
    }
}
