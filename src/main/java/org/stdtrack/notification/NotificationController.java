package org.stdtrack.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.TableExport;
import org.stdtrack.export.WrittenInLanguage;
import org.stdtrack.identity.AppUser;

/** The signed-in user's notifications, their settings and their watch list. */
@Validated
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
    @WrittenInLanguage
    Inbox.Page inbox(
            AppUser user,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            HttpServletRequest request) {
        return inbox.page(user, page, size, TableExport.language(request));
    }

    @PostMapping("/api/me/notifications/inbox/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(AppUser user, @PathVariable long id) {
        inbox.markRead(user, id);
    }

    @PostMapping("/api/me/notifications/inbox/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markAllRead(AppUser user) {
        inbox.markRead(user, null);
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
