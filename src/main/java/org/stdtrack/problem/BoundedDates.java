package org.stdtrack.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every date a request carries lies in {@link DateRange} before anything is computed from it: JSON fields
 * (422 naming the field) and request parameters of the API and the pages (422 on the API), whatever their
 * declared format, so that no report counts days from the year -999999999.
 */
@Configuration
class BoundedDates implements WebMvcConfigurer {

    private static final Set<Class<?>> DATES =
            Set.of(LocalDate.class, LocalDateTime.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    /** A JSON date outside the range: well-formed, but breaking the rule. */
    static final class OutOfRange extends InvalidFormatException {
        OutOfRange(JsonParser parser, Object value) {
            super(parser, "date outside " + DateRange.EARLIEST + " to " + DateRange.LATEST, value, value.getClass());
        }
    }

    /** A request parameter's date outside the range. */
    static final class OutOfRangeParameter extends IllegalArgumentException {
        OutOfRangeParameter(String text) {
            super("'" + text + "' lies outside " + DateRange.EARLIEST + " to " + DateRange.LATEST);
        }
    }

    @Bean
    SimpleModule datesInRange() {
        SimpleModule module = new SimpleModule("dates-in-range");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return DATES.contains(description.getBeanClass()) ? new InRange(deserializer) : deserializer;
            }
        });
        return module;
    }

    private static final class InRange extends DelegatingDeserializer {
        InRange(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null && !DateRange.contains(value)) {
                throw new OutOfRange(parser, value);
            }
            return value;
        }
    }

    /**
     * Parameters are read as ISO-8601, as every form and link of the tracker writes them; added after the
     * defaults, these converters are the ones used, with or without {@code @DateTimeFormat}.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, inRange(LocalDate::parse));
        registry.addConverter(
                String.class,
                LocalDateTime.class,
                inRange(text -> LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)));
        registry.addConverter(
                String.class,
                Instant.class,
                inRange(text -> OffsetDateTime.parse(text).toInstant()));
        registry.addConverter(String.class, OffsetDateTime.class, inRange(OffsetDateTime::parse));
    }

    private static <T> org.springframework.core.convert.converter.Converter<String, T> inRange(
            Function<String, T> parse) {
        return text -> {
            if (text.isBlank()) {
                return null;
            }
            T value = parse.apply(text.strip());
            if (!DateRange.contains(value)) {
                throw new OutOfRangeParameter(text);
            }
            return value;
        };
    }
}
