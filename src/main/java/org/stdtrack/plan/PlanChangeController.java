package org.stdtrack.plan;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.PlanChange;
import org.stdtrack.standard.StandardAccess;

/** Plan changes, and extension requests as their shorthand. */
@RestController
class PlanChangeController {

    private final PlanChangeRequests planChanges;
    private final PlanChangeRepository requests;
    private final StandardAccess access;

    PlanChangeController(PlanChangeRequests planChanges, PlanChangeRepository requests, StandardAccess access) {
        this.planChanges = planChanges;
        this.requests = requests;
        this.access = access;
    }

    @PostMapping("/api/standards/{standardId}/plan-changes")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlanChange> request(
            AppUser user, @PathVariable long standardId, @Valid @RequestBody PlanChangeRequests.NewPlanChange body) {
        return created(standardId, "plan-changes", planChanges.request(user, standardId, body));
    }

    @GetMapping("/api/standards/{standardId}/plan-changes")
    List<PlanChange> list(AppUser user, @PathVariable long standardId) {
        return requests.of(
                access.findWorkingMaterial(user, standardId, "plan changes").id());
    }

    @PostMapping("/api/standards/{standardId}/extension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlanChange> requestExtension(
            AppUser user, @PathVariable long standardId, @Valid @RequestBody PlanChangeRequests.NewRequest body) {
        return created(standardId, "extension-requests", planChanges.requestExtension(user, standardId, body));
    }

    /** The standard's extensions: its plan changes of kind EXTENSION. */
    @GetMapping("/api/standards/{standardId}/extension-requests")
    List<PlanChange> extensions(AppUser user, @PathVariable long standardId) {
        return requests
                .of(access.findWorkingMaterial(user, standardId, "plan changes").id())
                .stream()
                .filter(c -> c.kind() == PlanChange.Kind.EXTENSION)
                .toList();
    }

    private static ResponseEntity<PlanChange> created(long standardId, String collection, PlanChange change) {
        return ResponseEntity.created(URI.create("/api/standards/" + standardId + "/" + collection + "/" + change.id()))
                .body(change);
    }
}
