package org.stdtrack.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A form on a page that the server refused, kept for the page it came from: which form, what was typed, the
 * field at fault and why. A form takes part with two hidden inputs, {@code form} (its element id) and
 * {@code returnTo} (the page's path): a refusal then sends the browser back to the form, filled in as it was,
 * instead of to an error page that loses the input. Templates read it as {@code refusedForm}.
 */
public record RefusedForm(
        String form, Map<String, List<String>> input, String field, int status, String detail, List<String> fields) {

    public static final String ATTRIBUTE = "refusedForm";

    static final String FORM = "form";
    static final String RETURN_TO = "returnTo";

    /**
     * At most so many characters of input are kept across the redirect (in the session, until the page is
     * shown): the largest form's fields at their limits fit; a larger request gets the error page instead.
     */
    public static final int MAX_KEPT_CHARS = 32_000;

    /** Whether this is the refusal of that form. */
    public boolean is(String formId) {
        return form.equals(formId);
    }

    /** What was typed into the input of that form; null for another form's refusal. */
    public String value(String formId, String name) {
        List<String> values = is(formId) ? input.get(name) : null;
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether the option (a checkbox, a radio button, a list's entry) was chosen in that form. */
    public boolean chose(String formId, String name, Object option) {
        return is(formId) && input.getOrDefault(name, List.of()).contains(String.valueOf(option));
    }

    /** Whether the refusal names this input of that form (a refusal may name several, all at once). */
    public boolean faults(String formId, String name) {
        return is(formId) && fields.contains(name);
    }

    /**
     * Back to the form, for a refused request from a form that takes part; empty for any other request (the
     * error page then answers). The input kept leaves out the CSRF token.
     */
    static Optional<ModelAndView> backTo(
            HttpServletRequest request, HttpStatus status, List<String> fields, String detail) {
        String form = request.getParameter(FORM);
        String page = Forms.localPath(request.getParameter(RETURN_TO), null);
        if (!"POST".equals(request.getMethod())
                || form == null
                || page == null
                || !form.matches("[A-Za-z0-9-]{1,64}")) {
            return Optional.empty();
        }
        Map<String, List<String>> input = new LinkedHashMap<>();
        int kept = 0;
        for (var parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().equals("_csrf")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                kept += parameter.getKey().length() + value.length();
            }
            if (kept > MAX_KEPT_CHARS) {
                return Optional.empty();
            }
            input.put(parameter.getKey(), List.of(parameter.getValue()));
        }
        RequestContextUtils.getOutputFlashMap(request)
                .put(
                        ATTRIBUTE,
                        new RefusedForm(
                                form, input, fields.isEmpty() ? null : fields.get(0), status.value(), detail, fields));
        return Optional.of(new ModelAndView("redirect:" + page.split("#")[0] + "#" + form));
    }
}
