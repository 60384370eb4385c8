package org.stdtrack.standard;

import java.util.Optional;
import org.springframework.ui.Model;
import org.stdtrack.identity.AppUser;

/**
 * A feature's own section on a standard's page (its plan changes, references, comments, amendments, review
 * meetings…), as {@code TaskPagePart} is on a task's page: the feature registers one as a bean, adds what its
 * section shows with its own permission predicates, and names its template fragment; the page (the dossier)
 * composes the parts in their place and order and knows none of them by name.
 */
public interface StandardPagePart {

    /** Where the section goes: after the standard's facts, or after its documents. */
    enum Place {
        /** Under the title, in the working view and the public's alike: what is happening now (a consultation). */
        BANNER,
        AFTER_FACTS,
        AFTER_DOCUMENTS,
        /** On the page as the public sees it ({@link StandardAccess#seesPublicView}), after its documents. */
        PUBLIC
    }

    Place place();

    /** The section's order within its place, top to bottom. */
    int order();

    /**
     * Adds what the section shows for this reader to the model and names its fragment, or is empty when the
     * page has no such section for them.
     */
    Optional<Fragment> addTo(AppUser reader, Standard standard, Model model);

    /** A Thymeleaf fragment: the template's name and the fragment's selector within it. */
    record Fragment(String template, String selector) {}

    /** A part whose section is always given its model and fragment (the fragment itself decides what shows). */
    static StandardPagePart of(Place place, int order, Fragment fragment, Contribution contribution) {
        return new StandardPagePart() {
            @Override
            public Place place() {
                return place;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Fragment> addTo(AppUser reader, Standard standard, Model model) {
                contribution.addTo(reader, standard, model);
                return Optional.of(fragment);
            }
        };
    }

    /** What a section adds to the model for its reader. */
    @FunctionalInterface
    interface Contribution {
        void addTo(AppUser reader, Standard standard, Model model);
    }
}
