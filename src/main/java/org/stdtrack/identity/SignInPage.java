package org.stdtrack.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.stdtrack.web.PageController;

/** Sign-in, and the page each kind of user starts from. */
@PageController
class SignInPage {

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
