package org.stdtrack.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stdtrack.web.PageController;

/** Sign-in, and the page each kind of user starts from. */
@PageController
class SignInPage {

    /**
     * After a refused sign-in, why (a locked or disabled account is told only to whoever gave its right
     * password: Spring Security raises those only then), read here and not by the template, whose
     * restricted expressions may not look into an exception's class.
     */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute(
                "signInRefusal",
                refusal instanceof LockedException
                        ? "locked"
                        : refusal instanceof DisabledException ? "disabled" : "failed");
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
