package org.stdtrack.catalogue;

import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.web.PageController;

/** The catalogue's pages and its Atom feed, for anyone, over the same service as the JSON. */
@PageController
class CataloguePages {

    static final int PAGE_SIZE = 20;

    private final PublicCatalogue catalogue;
    private final ReferenceData referenceData;

    CataloguePages(PublicCatalogue catalogue, ReferenceData referenceData) {
        this.catalogue = catalogue;
        this.referenceData = referenceData;
    }

    @GetMapping("/catalogue")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) PublicCatalogue.Status status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (page < 0
                || page > 1000
                || (q != null && q.length() > 200)
                || (year != null && (year < 2000 || year > 2099))) {
            throw ApiException.badRequest(
                            "q",
                            "The search is out of bounds (words up to 200 characters, years"
                                    + " 2000 to 2099, pages up to 1,000).")
                    .withText("problem.catalogue.bounds");
        }
        model.addAttribute("results", catalogue.search(q, domain, status, year, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("domain", domain);
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("domains", referenceData.domains());
        model.addAttribute("statuses", PublicCatalogue.Status.values());
        return "catalogue/catalogue";
    }

    @GetMapping("/catalogue/{id}")
    String standard(@PathVariable long id, Model model) {
        model.addAttribute("s", catalogue.standard(id));
        return "catalogue/standard";
    }

    @GetMapping(value = "/catalogue/feed.atom")
    ResponseEntity<String> feed(Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(catalogue.atom(locale));
    }
}
