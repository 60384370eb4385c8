package org.stdtrack.web;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;

/**
 * Names in the reader's language for what the templates show: domains, committees, task keys, enumeration
 * values (stages, roles, outcomes...), and instants in the programme's time zone. Available in templates as
 * {@code @labels}.
 */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final ZoneId zone;

    Labels(ReferenceData referenceData, MessageSource messages, @Value("${stdtrack.zone}") ZoneId zone) {
        this.referenceData = referenceData;
        this.messages = messages;
        this.zone = zone;
    }

    public boolean chinese() {
        return Locale.CHINESE
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public String domain(String code) {
        return referenceData.domains().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .map(d -> chinese() ? d.nameZh() : d.nameEn())
                .orElse(code);
    }

    public String committee(String code) {
        return referenceData
                .committee(code)
                .map(c -> code + " " + (chinese() ? c.nameZh() : c.nameEn()))
                .orElse(code);
    }

    /** A task's name from its key; the model's English name when no translation exists. */
    public String task(String key, String fallback) {
        return messages.getMessage("task." + key, null, fallback, LocaleContextHolder.getLocale());
    }

    /**
     * A refusal in the reader's language: its text from the bundles with its arguments in words (a period in
     * days, months or years, an instant in the programme's zone, an enumeration value by its label); the
     * English detail where the refusal has no text of its own yet, which other languages replace with what every
     * refusal of its status says.
     */
    public String problem(ApiException refusal) {
        if (!refusal.hasOwnText() && !chinese()) {
            return refusal.getMessage();
        }
        Object[] arguments = refusal.arguments().stream().map(this::argument).toArray();
        return messages.getMessage(refusal.code(), arguments, refusal.getMessage(), LocaleContextHolder.getLocale());
    }

    /** A text of the bundles in the reader's language, its arguments in words as a refusal's are. */
    public String text(String key, Object... arguments) {
        Object[] words = Arrays.stream(arguments).map(this::argument).toArray();
        return messages.getMessage(key, words, key, LocaleContextHolder.getLocale());
    }

    private Object argument(Object value) {
        if (value instanceof ApiException.Label label) {
            String fallback = label.key().substring(label.key().lastIndexOf('.') + 1);
            return messages.getMessage(label.key(), null, fallback, LocaleContextHolder.getLocale());
        }
        if (value instanceof Period period) {
            return period(period);
        }
        if (value instanceof Collection<?> several) {
            return String.join(
                    chinese() ? "、" : ", ",
                    several.stream().map(v -> String.valueOf(argument(v))).toList());
        }
        if (value instanceof Instant instant) {
            return dateTime(instant);
        }
        if (value instanceof Enum<?> constant) {
            // The bundle names an enumeration's values under its simple name: stage.DRAFTING, standardType.GB_T.
            String name = constant.getDeclaringClass().getSimpleName();
            return value(Character.toLowerCase(name.charAt(0)) + name.substring(1), constant);
        }
        return value;
    }

    /** A period as people say it: "60 days", "6 months", "1 year and 6 months". */
    public String period(Period period) {
        List<String> parts = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        if (period.getYears() != 0) {
            parts.add(messages.getMessage("period.years", new Object[] {period.getYears()}, locale));
        }
        if (period.getMonths() != 0) {
            parts.add(messages.getMessage("period.months", new Object[] {period.getMonths()}, locale));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(messages.getMessage("period.days", new Object[] {period.getDays()}, locale));
        }
        return String.join(chinese() ? "" : " and ", parts);
    }

    /** An enumeration value (outcome, vote, decision, type...) in the reader's language. */
    public String value(String group, Object value) {
        if (value == null) {
            return "";
        }
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        return messages.getMessage(group + "." + name, null, name, LocaleContextHolder.getLocale());
    }

    /** Several values of one group, listed. */
    public String values(String group, Collection<?> values) {
        return String.join(
                chinese() ? "、" : ", ",
                values.stream().map(v -> value(group, v)).toList());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(zone));
    }

    public String languageTag() {
        return chinese() ? "zh-CN" : "en";
    }
}
