package org.stdtrack.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;

/** Sign-in, and the page each kind of user starts from. */
@PageController
class HomePage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** People with work start at their tasks; observers at the dashboard; enterprises at the standards. */
    @GetMapping("/")
    String home(AppUser user) {
        if (user.has(Role.OBSERVER)) {
            return "redirect:/dashboard";
        }
        if (user.has(Role.ENTERPRISE) && user.grants().size() == 1) {
            return "redirect:/standards";
        }
        return "redirect:/tasks";
    }
}
