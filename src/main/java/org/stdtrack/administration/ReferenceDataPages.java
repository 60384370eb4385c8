package org.stdtrack.administration;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.administration.ReferenceDataAdministration.CommitteeTerms;
import org.stdtrack.administration.ReferenceDataAdministration.DomainChange;
import org.stdtrack.administration.ReferenceDataAdministration.NewCommittee;
import org.stdtrack.administration.ReferenceDataAdministration.NewDomain;
import org.stdtrack.administration.ReferenceDataAdministration.NewOrganisation;
import org.stdtrack.administration.ReferenceDataAdministration.NewProgramme;
import org.stdtrack.administration.ReferenceDataAdministration.OrganisationTerms;
import org.stdtrack.administration.ReferenceDataAdministration.ProgrammeTerms;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.Policy;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.CountingBases;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.web.PageController;

/**
 * The reference data's pages under {@code /admin/}: for each kind a list with a form for a new entry, and
 * a page to change one. Forms are bound to the API's requests and go through the same service, so the
 * same rules, refusals and audit apply.
 */
@PageController
@RequestMapping("/admin/{kind:programmes|domains|committees|organisations}")
class ReferenceDataPages {

    /** An input of a form: its name (also the request's field), its kind of input, and its choices. */
    record Field(String name, String input, boolean required, List<String> options) {

        static Field text(String name, boolean required) {
            return new Field(name, "text", required, List.of());
        }

        static Field of(String name, String input) {
            return new Field(name, input, true, List.of());
        }

        static Field choice(String name, boolean required, List<String> options) {
            return new Field(name, "select", required, options);
        }
    }

    /** Reads numbers, dates and booleans from form text; the service's validation does the rest. */
    private static final ObjectMapper FORMS =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final ReferenceDataAdministration administration;
    private final ReferenceData referenceData;
    private final Validator validator;

    ReferenceDataPages(ReferenceDataAdministration administration, ReferenceData referenceData, Validator validator) {
        this.administration = administration;
        this.referenceData = referenceData;
        this.validator = validator;
    }

    @GetMapping
    String list(AppUser admin, @PathVariable String kind, Model model) {
        return listPage(kind, kind.equals("committees") ? committeeDefaults() : Map.of(), model);
    }

    /**
     * A new committee's form starts from the settings the API would give it, so that a committee created on
     * the page follows the same procedure as one created through the API (the review mode follows its level).
     */
    private Map<String, String> committeeDefaults() {
        Policy.CommitteeDefaults defaults = administration.committeeDefaults();
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("proposalSupport", defaults.proposalSupport().name());
        entered.put("proposalSupporters", String.valueOf(defaults.proposalSupporters()));
        entered.put("proposalPackage", String.valueOf(defaults.proposalPackage()));
        entered.put("recusal", String.valueOf(defaults.recusal()));
        entered.put(
                "ballotRule.participationBase",
                defaults.ballotRule().participationBase().name());
        entered.put(
                "ballotRule.abstentions", defaults.ballotRule().abstentions().name());
        return entered;
    }

    @PostMapping
    String create(
            AppUser admin,
            @PathVariable String kind,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            String code = switch (kind) {
                case "programmes" ->
                    administration
                            .create(admin, bound(form, NewProgramme.class))
                            .code();
                case "domains" ->
                    administration.create(admin, bound(form, NewDomain.class)).code();
                case "committees" ->
                    administration
                            .create(admin, bound(form, NewCommittee.class))
                            .code();
                default ->
                    administration
                            .create(admin, bound(form, NewOrganisation.class))
                            .code();
            };
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/admin/" + kind + "/" + code;
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
            return listPage(kind, form, model);
        }
    }

    @GetMapping("/{code}")
    String item(AppUser admin, @PathVariable String kind, @PathVariable String code, Model model) {
        return itemPage(kind, code, current(kind, code), model);
    }

    @PostMapping("/{code}")
    String update(
            AppUser admin,
            @PathVariable String kind,
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            switch (kind) {
                case "programmes" -> administration.update(admin, code, bound(form, ProgrammeTerms.class));
                case "domains" -> administration.update(admin, code, bound(form, DomainChange.class));
                case "committees" -> administration.update(admin, code, bound(form, CommitteeTerms.class));
                default -> administration.update(admin, code, bound(form, OrganisationTerms.class));
            }
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/admin/" + kind + "/" + code;
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
            Map<String, String> entered = new LinkedHashMap<>(current(kind, code));
            entered.putAll(form);
            return itemPage(kind, code, entered, model);
        }
    }

    private String listPage(String kind, Map<String, String> entered, Model model) {
        List<Map<String, String>> rows = switch (kind) {
            case "programmes" ->
                referenceData.programmes().stream().map(ReferenceDataPages::row).toList();
            case "domains" ->
                referenceData.domains().stream().map(ReferenceDataPages::row).toList();
            case "committees" ->
                referenceData.committees().stream().map(ReferenceDataPages::row).toList();
            default ->
                referenceData.organisations().stream()
                        .map(ReferenceDataPages::row)
                        .toList();
        };
        model.addAttribute("kind", kind);
        model.addAttribute("columns", columns(kind));
        model.addAttribute("rows", rows);
        model.addAttribute("fields", newFields(kind));
        model.addAttribute("entered", entered);
        return "admin-reference-data";
    }

    private String itemPage(String kind, String code, Map<String, String> entered, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("code", code);
        model.addAttribute("fields", changeFields(kind));
        model.addAttribute("entered", entered);
        return "admin-reference-item";
    }

    /** The entry as its change form shows it; 404 when there is none. */
    private Map<String, String> current(String kind, String code) {
        var found = switch (kind) {
            case "programmes" -> referenceData.programme(code).map(ReferenceDataPages::row);
            case "domains" -> referenceData.domain(code).map(ReferenceDataPages::row);
            case "committees" -> referenceData.committee(code).map(ReferenceDataPages::row);
            default -> referenceData.organisation(code).map(ReferenceDataPages::row);
        };
        return found.orElseThrow(
                () -> ApiException.notFound("Nothing with code '" + code + "' among the " + kind + "."));
    }

    private List<String> columns(String kind) {
        return switch (kind) {
            case "programmes" ->
                List.of(
                        "code",
                        "nameEn",
                        "nameZh",
                        "targetStandards",
                        "targetDate",
                        "targetEnterprises",
                        "targetEnterprisesReading");
            case "domains" -> List.of("code", "parent", "nameEn", "nameZh", "position", "retired");
            case "committees" ->
                List.of("code", "level", "nameEn", "nameZh", "sectorPrefix", "reviewMode", "competentDepartment");
            default -> List.of("code", "nameEn", "nameZh", "creditCode");
        };
    }

    private List<Field> newFields(String kind) {
        List<Field> fields = new ArrayList<>(List.of(Field.text("code", true)));
        if (kind.equals("domains")) {
            fields.add(Field.choice(
                    "parent",
                    false,
                    referenceData.domains().stream()
                            .filter(d -> d.parent() == null && !d.retired())
                            .map(d -> d.code())
                            .toList()));
        }
        if (kind.equals("committees")) {
            fields.add(Field.choice(
                    "level", true, List.of(Committee.Level.NATIONAL.name(), Committee.Level.SECTOR.name())));
        }
        fields.addAll(
                kind.equals("domains")
                        ? List.of(Field.text("nameEn", true), Field.text("nameZh", true))
                        : changeFields(kind));
        return fields;
    }

    private static List<Field> changeFields(String kind) {
        return switch (kind) {
            case "programmes" ->
                List.of(
                        Field.text("nameEn", true),
                        Field.text("nameZh", true),
                        Field.of("targetStandards", "number"),
                        Field.of("targetDate", "date"),
                        Field.of("targetEnterprises", "number"),
                        Field.choice(
                                "targetEnterprisesReading",
                                true,
                                Arrays.stream(Programme.EnterprisesReading.values())
                                        .map(Enum::name)
                                        .toList()));
            case "domains" ->
                List.of(
                        Field.text("nameEn", true),
                        Field.text("nameZh", true),
                        Field.of("position", "number"),
                        new Field("retired", "checkbox", false, List.of()));
            case "committees" ->
                List.of(
                        Field.text("nameEn", true),
                        Field.text("nameZh", true),
                        Field.text("sectorPrefix", false),
                        Field.choice("reviewMode", false, names(Committee.ReviewMode.values())),
                        Field.choice("proposalSupport", false, names(Committee.ProposalSupport.values())),
                        new Field("proposalSupporters", "number", false, List.of()),
                        new Field("proposalPackage", "checkbox", false, List.of()),
                        new Field("recusal", "checkbox", false, List.of()),
                        Field.choice("competentDepartment", false, names(Committee.CompetentDepartment.values())),
                        Field.choice(
                                "ballotRule.participationBase", false, names(CountingBases.ParticipationBase.values())),
                        Field.choice("ballotRule.abstentions", false, names(CountingBases.Abstentions.values())));
            default -> List.of(Field.text("nameEn", true), Field.text("nameZh", true), Field.text("creditCode", false));
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /**
     * The form as the request the API takes: blank inputs left out, an unticked checkbox false, a nested
     * object from its inputs named {@code object.field}, text that is no number or date refused naming its
     * field (400), the request's own rules checked (422).
     */
    private <T> T bound(Map<String, String> form, Class<T> request) {
        Map<String, Object> body = fields(form, "", request);
        try {
            return Validation.valid(validator, FORMS.convertValue(body, request));
        } catch (IllegalArgumentException e) {
            String field = e.getCause() instanceof JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(0).getFieldName()
                    : null;
            throw ApiException.badRequest(field, "'" + body.get(field) + "' is not a valid " + field + ".");
        }
    }

    private static Map<String, Object> fields(Map<String, String> form, String prefix, Class<?> type) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            String value = form.get(name);
            if (component.getType() == Boolean.class) {
                body.put(component.getName(), "true".equals(value));
            } else if (component.getType().isRecord()) {
                Map<String, Object> nested = fields(form, name + ".", component.getType());
                if (!nested.isEmpty()) {
                    body.put(component.getName(), nested);
                }
            } else if (value != null && !value.isBlank()) {
                body.put(component.getName(), value.strip());
            }
        }
        return body;
    }

    /** An entry's fields as text, for the list and the forms. */
    private static Map<String, String> row(Record entry) {
        Map<String, String> row = new LinkedHashMap<>();
        put(row, "", entry);
        return row;
    }

    /** A nested record's fields are named {@code object.field}, as the form names its inputs. */
    private static void put(Map<String, String> row, String prefix, Record entry) {
        for (var component : entry.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(entry);
                if (value instanceof Record nested) {
                    put(row, prefix + component.getName() + ".", nested);
                } else {
                    row.put(prefix + component.getName(), value == null ? "" : value.toString());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
