package org.stdtrack.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

@RestController
class AuditController {

    private final AuditTrail audit;
    private final StandardAccess access;

    AuditController(AuditTrail audit, StandardAccess access) {
        this.audit = audit;
        this.access = access;
    }

    /** The standard's audit trail, for members of its committee and administrators. */
    @GetMapping("/api/standards/{id}/audit")
    List<AuditTrail.Event> audit(AppUser user, @PathVariable long id) {
        Standard standard = access.find(user, id);
        if (!AuditTrail.mayRead(user, standard)) {
            throw ApiException.forbidden("The audit trail of a standard is for its committee and administrators.");
        }
        return audit.of(id);
    }
}
