package org.stdtrack.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;

@RestController
class AuditController {

    private final AuditTrail audit;
    private final StandardRepository standards;
    private final StandardAccess access;

    AuditController(AuditTrail audit, StandardRepository standards, StandardAccess access) {
        this.audit = audit;
        this.standards = standards;
        this.access = access;
    }

    /** The standard's audit trail, for members of its committee and administrators. */
    @GetMapping("/api/standards/{id}/audit")
    List<AuditTrail.Event> audit(AppUser user, @PathVariable long id) {
        Standard standard = access.visible(user, standards.find(id).orElseThrow(() -> StandardAccess.notFound(id)));
        if (!user.isAdmin() && !user.isMemberOf(standard.committee())) {
            throw ApiException.forbidden("The audit trail of a standard is for its committee and administrators.");
        }
        return audit.of(id);
    }
}
