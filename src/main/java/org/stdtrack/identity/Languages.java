package org.stdtrack.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The interface language: the one a user chose (with {@code ?lang=zh|en}, kept with their account so it
 * follows them to any browser), otherwise the browser's Accept-Language. Only Chinese and English exist;
 * anything else reads English.
 */
@Component("localeResolver")
class Languages implements LocaleResolver {

    static final Locale CHINESE = Locale.CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);
    private static final String SESSION_KEY = Languages.class.getName();
    private static final String REQUEST_KEY = SESSION_KEY + ".request";

    /** The language resolved for the request's user (null before sign-in): asked for again by every message. */
    private record Resolved(String username, Locale locale) {}

    private final UserRepository users;

    Languages(UserRepository users) {
        this.users = users;
    }

    /**
     * Resolved once per request and user: a page asks for every message it shows (a standard's page about 50
     * times), and a user without a session (an API client) or without a saved choice would otherwise cost a
     * query each time.
     */
    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String username = CurrentUser.get().map(AppUser::username).orElse(null);
        if (request.getAttribute(REQUEST_KEY) instanceof Resolved resolved
                && Objects.equals(resolved.username(), username)) {
            return resolved.locale();
        }
        Locale locale = resolve(request);
        request.setAttribute(REQUEST_KEY, new Resolved(username, locale));
        return locale;
    }

    private Locale resolve(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        Locale saved = CurrentUser.get()
                .flatMap(u -> users.preferredLanguage(u.username()))
                .map(Languages::supported)
                .orElse(null);
        if (saved != null) {
            if (session != null) {
                session.setAttribute(SESSION_KEY, saved);
            }
            return saved;
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** A user's choice: remembered for the session and, once signed in, with the account. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = supported(locale == null ? "en" : locale.getLanguage());
        request.getSession().setAttribute(SESSION_KEY, chosen);
        request.removeAttribute(REQUEST_KEY);
        CurrentUser.get().ifPresent(u -> users.setPreferredLanguage(u.username(), chosen.getLanguage()));
    }

    static Locale supported(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }
}
