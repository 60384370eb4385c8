package org.stdtrack.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.stdtrack.standard.Standard;
import org.stdtrack.tasks.TaskSubject;

/**
 * A notification in its recipient's language: subject, plain text and HTML, with the link to its task or
 * standard ({@code stdtrack.public-url}). The stored parameters are the standard's title in both languages
 * ({@code title}, {@code titleZh}) and either a message key to say in the reader's language ({@code
 * detailKey}) or a value ({@code detail}).
 */
@Component
class NotificationMessages {

    private final MessageSource messages;
    private final String publicUrl;

    NotificationMessages(
            MessageSource messages, @Value("${stdtrack.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    record Rendered(String subject, String text, String html, String link) {}

    /** What a notification about the standard stores: its titles, and the key of the word that says what. */
    static Map<String, String> about(Standard standard, String detailKey) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", standard.title());
        if (standard.titleZh() != null) {
            params.put("titleZh", standard.titleZh());
        }
        if (detailKey != null) {
            params.put("detailKey", detailKey);
        }
        return params;
    }

    /** What a notification about a task's other subject (an international ballot) stores: titles and page. */
    static Map<String, String> about(TaskSubject subject, String detailKey) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", subject.title());
        if (subject.titleZh() != null) {
            params.put("titleZh", subject.titleZh());
        }
        params.put("path", subject.path());
        if (detailKey != null) {
            params.put("detailKey", detailKey);
        }
        return params;
    }

    Rendered render(Notification n, Locale locale) {
        Object[] args = {title(n.params(), locale), detail(n.params(), locale), event(n.params(), locale)};
        String subject = messages.getMessage("notification." + n.kind() + ".subject", args, locale);
        String body = messages.getMessage("notification." + n.kind() + ".body", args, locale);
        String link = link(n);
        String open = messages.getMessage("notification.open", null, locale);
        String text = body + "\n\n" + open + ": " + link + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(body) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                + HtmlUtils.htmlEscape(open) + "</a></p>";
        return new Rendered(subject, text, html, link);
    }

    /** Several notifications as one message, each with its subject and link. */
    Rendered digest(List<Notification> notifications, Locale locale) {
        String subject =
                messages.getMessage("notification.digest.subject", new Object[] {notifications.size()}, locale);
        StringBuilder text =
                new StringBuilder(messages.getMessage("notification.digest.intro", null, locale)).append("\n\n");
        StringBuilder html = new StringBuilder("<p>")
                .append(HtmlUtils.htmlEscape(messages.getMessage("notification.digest.intro", null, locale)))
                .append("</p><ul>");
        for (Notification n : notifications) {
            Rendered one = render(n, locale);
            text.append("- ")
                    .append(one.subject())
                    .append("\n  ")
                    .append(one.link())
                    .append("\n");
            html.append("<li><a href=\"")
                    .append(HtmlUtils.htmlEscape(one.link()))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(one.subject()))
                    .append("</a></li>");
        }
        return new Rendered(subject, text.toString(), html.append("</ul>").toString(), publicUrl + "/inbox");
    }

    /** Where the notification leads: its task, else its standard, else the page it names, else the inbox. */
    String link(Notification n) {
        if (n.taskId() != null) {
            return publicUrl + "/tasks/" + n.taskId();
        }
        if (n.standardId() == null && n.params().containsKey("path")) {
            return publicUrl + n.params().get("path");
        }
        return publicUrl + (n.standardId() != null ? "/standards/" + n.standardId() : "/inbox");
    }

    private static String title(Map<String, String> params, Locale locale) {
        return Standard.titleIn(locale, params.getOrDefault("title", ""), params.get("titleZh"));
    }

    /** What happened (a stage event's description), where the notification says it. */
    private String event(Map<String, String> params, Locale locale) {
        String key = params.get("eventKey");
        return key == null ? "" : messages.getMessage(key, null, key, locale);
    }

    private String detail(Map<String, String> params, Locale locale) {
        String key = params.get("detailKey");
        return key != null ? messages.getMessage(key, null, key, locale) : params.getOrDefault("detail", "");
    }
}
