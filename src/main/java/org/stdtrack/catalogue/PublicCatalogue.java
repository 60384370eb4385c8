package org.stdtrack.catalogue;

import com.rometools.rome.feed.synd.SyndEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.feed.AtomFeeds;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.Domain;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standard.StandardType;

/**
 * What the public sees of the tracker: published standards only, whatever is asked — a standard in development
 * is "not found" here, exactly as one that never existed.
 */
@Service
public class PublicCatalogue {

    /** The newest publications the Atom feed carries. */
    static final int FEED_SIZE = 50;

    /** A published standard's status as the public reads it. */
    public enum Status {
        /** Published, not yet in force. */
        PUBLISHED(List.of(Stage.PUBLISHED)),
        /** In force (under periodic review included). */
        IN_FORCE(List.of(Stage.IN_FORCE, Stage.PERIODIC_REVIEW)),
        WITHDRAWN(List.of(Stage.WITHDRAWN));

        final List<Stage> stages;

        Status(List<Stage> stages) {
            this.stages = stages;
        }

        static Status of(Stage stage) {
            for (Status s : values()) {
                if (s.stages.contains(stage)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(stage + " is not published");
        }
    }

    @Schema(name = "PublicName")
    public record Named(String code, String nameEn, String nameZh) {}

    @Schema(name = "PublicInternational")
    public record International(String reference, InternationalDegree degree) {}

    /** A standard as the catalogue shows it; {@code text} is where its published text is, when it is public. */
    public record PublicStandard(
            long id,
            String number,
            String title,
            String titleZh,
            StandardType type,
            Named domain,
            Named committee,
            Status status,
            LocalDate publishedOn,
            LocalDate inForceFrom,
            International international,
            String text) {}

    /** {@code total} counts up to {@link #COUNTED}; beyond, it says {@code COUNTED} and {@code more} is true. */
    @Schema(name = "CataloguePage")
    public record Page(long total, boolean more, int page, int size, List<PublicStandard> items) {}

    /** The matches a search counts at most. */
    static final int COUNTED = 200;

    private final StandardRepository standards;
    private final ReferenceData referenceData;
    private final Documents documents;
    private final MessageSource messages;
    private final String publicUrl;

    PublicCatalogue(
            StandardRepository standards,
            ReferenceData referenceData,
            Documents documents,
            MessageSource messages,
            @Value("${stdtrack.public-url:http://localhost:8080}") String publicUrl) {
        this.standards = standards;
        this.referenceData = referenceData;
        this.documents = documents;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Page search(String text, String domain, Status status, Integer year, int page, int size) {
        var query = new StandardRepository.PublishedQuery(
                blank(text) ? null : text,
                blank(domain) ? null : domain,
                status == null ? List.of() : status.stages,
                year);
        List<PublicStandard> items = standards.searchPublished(query, (long) page * size, size).stream()
                .map(s -> view(s, false))
                .toList();
        long total = standards.countPublished(query, COUNTED);
        return new Page(Math.min(total, COUNTED), total > COUNTED, page, size, items);
    }

    /** One published standard with where its text is; 404 for any other. */
    public PublicStandard standard(long id) {
        return view(published(id), true);
    }

    /** The published text, where the approving body has uploaded it; 404 otherwise. */
    public Document text(long id) {
        return documents
                .newest(published(id).id(), DocumentKind.PUBLISHED_TEXT)
                .orElseThrow(() -> ApiException.notFound("The text of standard " + id + " is not public.")
                        .withText("problem.catalogue.noText"));
    }

    /** The newest publications as Atom, in the reader's language. */
    public String atom(Locale locale) {
        var newest = standards.searchPublished(
                new StandardRepository.PublishedQuery(null, null, List.of(), null), 0, FEED_SIZE);
        List<SyndEntry> entries = newest.stream()
                .filter(s -> s.publicationDate() != null)
                .map(s -> AtomFeeds.entry(
                        "urn:stdtrack:catalogue:" + s.id(),
                        (s.publishedNumber() == null ? "" : s.publishedNumber() + " ") + s.title(locale),
                        publicUrl + "/catalogue/" + s.id(),
                        s.publicationDate()
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant(),
                        null))
                .toList();
        return AtomFeeds.atom(
                "urn:stdtrack:catalogue",
                messages.getMessage("catalogue.feedTitle", null, locale),
                publicUrl + "/catalogue",
                entries);
    }

    private Standard published(long id) {
        return standards
                .find(id)
                .filter(s -> s.stage().isPublished())
                .orElseThrow(() -> ApiException.notFound("No published standard has the id " + id + ".")
                        .withText("problem.catalogue.none", id));
    }

    private PublicStandard view(Standard s, boolean withText) {
        Optional<Domain> domain = referenceData.domain(s.domain());
        Optional<Committee> committee = referenceData.committee(s.committee());
        String text = withText
                        && documents.newest(s.id(), DocumentKind.PUBLISHED_TEXT).isPresent()
                ? "/api/public/standards/" + s.id() + "/text"
                : null;
        return new PublicStandard(
                s.id(),
                s.publishedNumber(),
                s.title(),
                s.titleZh(),
                s.type(),
                new Named(
                        s.domain(),
                        domain.map(Domain::nameEn).orElse(null),
                        domain.map(Domain::nameZh).orElse(null)),
                new Named(
                        s.committee(),
                        committee.map(Committee::nameEn).orElse(null),
                        committee.map(Committee::nameZh).orElse(null)),
                Status.of(s.stage()),
                s.publicationDate(),
                s.implementationDate(),
                s.internationalReference() == null
                        ? null
                        : new International(s.internationalReference(), s.internationalDegree()),
                text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
