package org.stdtrack.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text never carries a NUL character: PostgreSQL cannot store one, and no person types one. JSON strings
 * (task form values included) and request parameters holding one are refused (400, naming the field)
 * before anything reads them.
 */
@Configuration
class TextWithoutNul {

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    @Bean
    SimpleModule stringsWithoutNul() {
        return new SimpleModule("strings-without-nul").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                if (hasNul(text)) {
                    throw InvalidFormatException.from(parser, "text contains a NUL character", text, String.class);
                }
                return text;
            }
        });
    }

    @Bean
    OncePerRequestFilter parametersWithoutNul(ObjectMapper json) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                for (Map.Entry<String, String[]> parameter :
                        request.getParameterMap().entrySet()) {
                    for (String value : parameter.getValue()) {
                        if (hasNul(value) || hasNul(parameter.getKey())) {
                            String field = parameter.getKey().replace('\0', ' ');
                            ProblemDetail problem = ApiException.badRequest(
                                            field,
                                            "Parameter '" + field
                                                    + "' contains a NUL character, which text cannot hold.")
                                    .toProblem();
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            json.writeValue(response.getOutputStream(), problem);
                            return;
                        }
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
