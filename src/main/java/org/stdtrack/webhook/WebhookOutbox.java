package org.stdtrack.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stdtrack.adoption.AdoptionDecided;
import org.stdtrack.ballot.BallotClosed;
import org.stdtrack.consultation.ConsultationOpened;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageChanged;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;

/**
 * Writes one delivery per matching hook in the transaction of the event that caused it (listeners run in the
 * publisher's transaction): a step that rolls back sends nothing. A hook hears of a standard only if its owner
 * may see it now; the body names the standard as that owner's API would.
 */
@Component
class WebhookOutbox {

    private final WebhookRepository repository;
    private final StandardRepository standards;
    private final StandardAccess access;
    private final UserRepository users;
    private final ProgrammeClock clock;
    private final ObjectMapper json;

    WebhookOutbox(
            WebhookRepository repository,
            StandardRepository standards,
            StandardAccess access,
            UserRepository users,
            ProgrammeClock clock,
            ObjectMapper json) {
        this.repository = repository;
        this.standards = standards;
        this.access = access;
        this.users = users;
        this.clock = clock;
        this.json = json;
    }

    @EventListener
    void on(StageChanged changed) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", changed.from());
        detail.put("to", changed.to());
        detail.put("code", changed.code());
        write(WebhookEvent.STAGE_CHANGED, changed.standardId(), detail);
        if (changed.to() == Stage.PUBLISHED && changed.from() != Stage.PUBLISHED) {
            write(WebhookEvent.PUBLISHED, changed.standardId(), detail);
        }
    }

    @EventListener
    void on(ConsultationOpened opened) {
        write(
                WebhookEvent.CONSULTATION_OPENED,
                opened.standardId(),
                Map.of("round", opened.round(), "closesAt", opened.closesAt()));
    }

    @EventListener
    void on(BallotClosed closed) {
        write(
                WebhookEvent.BALLOT_CLOSED,
                closed.standardId(),
                Map.of("ballotId", closed.ballotId(), "passed", closed.passed()));
    }

    @EventListener
    void on(AdoptionDecided decided) {
        if (decided.verified()) {
            write(WebhookEvent.ADOPTION_VERIFIED, decided.standardId(), Map.of("adoptionId", decided.adoptionId()));
        }
    }

    private void write(WebhookEvent event, long standardId, Map<String, Object> detail) {
        Standard standard = standards.find(standardId).orElse(null);
        if (standard == null) {
            return;
        }
        for (WebhookRepository.Subscription s : repository.active(standard.committee(), standard.programme())) {
            if (!s.hook().events().contains(event)) {
                continue;
            }
            AppUser owner = users.find(s.hook().owner()).orElse(null);
            if (owner == null || !access.canSee(owner, standard)) {
                continue;
            }
            String id = UUID.randomUUID().toString();
            repository.insertDelivery(id, s.hook().id(), event, body(id, event, standard, detail), clock.now());
        }
    }

    private String body(String id, WebhookEvent event, Standard s, Map<String, Object> detail) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", s.id());
        about.put("title", s.title());
        about.put("titleZh", s.titleZh());
        about.put("programme", s.programme());
        about.put("committee", s.committee());
        about.put("stage", s.stage());
        about.put("stageCode", s.stageCode());
        about.put("planNumber", s.planNumber());
        about.put("publishedNumber", s.publishedNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("delivery", id);
        body.put("occurredAt", clock.now());
        body.put("standard", about);
        body.putAll(detail);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
