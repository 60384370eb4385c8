package org.stdtrack.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
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

    private final UserRepository users;

    Languages(UserRepository users) {
        this.users = users;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
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
        CurrentUser.get().ifPresent(u -> users.setPreferredLanguage(u.username(), chosen.getLanguage()));
    }

    static Locale supported(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }
}
