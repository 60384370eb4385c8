package org.stdtrack.lifecycle;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardType;
import org.stdtrack.standard.Track;
import org.stdtrack.web.Forms;
import org.stdtrack.web.PageController;

/** A secretariat registers a new standard; the same request and rules as {@code POST /api/standards}. */
@PageController
class RegistrationPage {

    private final Lifecycle lifecycle;
    private final ReferenceData referenceData;
    private final Validator validator;

    RegistrationPage(Lifecycle lifecycle, ReferenceData referenceData, Validator validator) {
        this.lifecycle = lifecycle;
        this.referenceData = referenceData;
        this.validator = validator;
    }

    @GetMapping("/standards/new")
    String form(Model model) {
        return show(Map.of(), model);
    }

    @PostMapping("/standards/new")
    String register(
            AppUser user,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            StandardRegistration registration = request(form);
            Standard standard = lifecycle.register(registration.toNewStandard(), registration.systemRow(), user);
            redirect.addFlashAttribute("notice", "notice.registered");
            return "redirect:/standards/" + standard.id();
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
            return show(form, model);
        }
    }

    private StandardRegistration request(Map<String, String> form) {
        String reference = Forms.text(form, "internationalReference");
        String degree = Forms.text(form, "internationalDegree");
        StandardRegistration.International international = reference == null && degree == null
                ? null
                : new StandardRegistration.International(
                        reference,
                        degree == null ? null : parse(InternationalDegree.class, "internationalDegree", degree));
        var request = new StandardRegistration(
                Forms.text(form, "title"),
                Forms.text(form, "titleZh"),
                parse(StandardType.class, "type", form.get("type")),
                Forms.text(form, "domain"),
                Forms.text(form, "committee"),
                Forms.text(form, "programme"),
                Forms.text(form, "leadOrganisation"),
                international,
                parse(Track.class, "track", form.get("track")),
                id("revisionOf", Forms.text(form, "revisionOf")),
                source(Forms.text(form, "sourceStandard"), Forms.text(form, "sourceInUseSince")),
                id("systemRow", Forms.text(form, "systemRow")));
        return Validation.valid(validator, request);
    }

    /** An id typed into a field (a standard's, a system table row's), or null for none. */
    private static Long id(String field, String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, "'" + id + "' is not an id.")
                    .withText("problem.notValid", new ApiException.Label("field." + field));
        }
    }

    private static StandardRegistration.Source source(String number, String inUseSince) {
        if (number == null && inUseSince == null) {
            return null;
        }
        try {
            return new StandardRegistration.Source(number, inUseSince == null ? null : LocalDate.parse(inUseSince));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("sourceInUseSince", "'" + inUseSince + "' is not a date.")
                    .withText("problem.date", new ApiException.Label("field.sourceInUseSince"));
        }
    }

    private String show(Map<String, String> entered, Model model) {
        model.addAttribute("entered", entered);
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("domains", referenceData.domainsTakingNewStandards());
        model.addAttribute("committees", referenceData.committees());
        model.addAttribute("types", StandardType.values());
        model.addAttribute("degrees", InternationalDegree.values());
        model.addAttribute("tracks", Track.values());
        return "standard-new";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a valid " + field + ".")
                    .withText("problem.notValid", new ApiException.Label("field." + field));
        }
    }
}
