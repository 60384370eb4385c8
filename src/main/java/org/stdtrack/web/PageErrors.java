package org.stdtrack.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.stdtrack.problem.ApiException;

/**
 * What every page controller shares: blank inputs bind as absent, and refusals keep the API's statuses
 * but are shown as a page that says what went wrong.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final Labels labels;

    PageErrors(Labels labels) {
        this.labels = labels;
    }

    @InitBinder
    void blankInputsAreAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Forms.BlankAsNull());
    }

    /** A refusal: back to the form it came from with its input (see {@link RefusedForm}), else the error page. */
    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException e, HttpServletRequest request, HttpServletResponse response) {
        List<ApiException> each = e.each();
        String text = String.join(" ", each.stream().map(labels::problem).toList());
        List<String> fields =
                each.stream().map(ApiException::field).filter(Objects::nonNull).toList();
        return RefusedForm.backTo(request, e.status(), fields, text).orElseGet(() -> page(e.status(), text, response));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badRequest(
            MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        return refused(
                ApiException.badRequest(e.getName(), e.getMessage())
                        .withText("problem.notValid", new ApiException.Label("field." + e.getName())),
                request,
                response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(
            MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response) {
        return refused(
                ApiException.badRequest(e.getParameterName(), e.getMessage())
                        .withText("problem.required", new ApiException.Label("field." + e.getParameterName())),
                request,
                response);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView concurrent(HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, labels.text("problem.concurrent"), response);
    }

    static ModelAndView page(HttpStatus status, String detail, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
