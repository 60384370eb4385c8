package org.stdtrack.notification;

import java.util.Locale;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stdtrack.identity.AppUser;
import org.stdtrack.web.Forms;
import org.stdtrack.web.Labels;
import org.stdtrack.web.PageController;

/** The inbox page: the reader's notifications, newest first, each marked read when opened or all at once. */
@PageController
class InboxPage {

    private final Inbox inbox;
    private final Labels labels;

    InboxPage(Inbox inbox, Labels labels) {
        this.inbox = inbox;
        this.labels = labels;
    }

    @GetMapping("/inbox")
    String inbox(AppUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(
                "inbox", inbox.page(user, Math.max(page, 0), 50, labels.chinese() ? Locale.CHINESE : Locale.ENGLISH));
        return "inbox";
    }

    /** Marks it read and follows its link. */
    @PostMapping("/inbox/{id}/open")
    String open(AppUser user, @PathVariable long id, @RequestParam String link) {
        inbox.markRead(user, id);
        return "redirect:" + Forms.localPath(link, "/inbox");
    }

    @PostMapping("/inbox/read")
    String readAll(AppUser user) {
        inbox.markRead(user, null);
        return "redirect:/inbox";
    }
}
