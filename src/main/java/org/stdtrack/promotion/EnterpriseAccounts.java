package org.stdtrack.promotion;

import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.programme.ReferenceData;

/** The enterprise an account speaks for: what "its own" people, certificates, results and pilots mean. */
final class EnterpriseAccounts {

    private EnterpriseAccounts() {}

    /** The credit code of an enterprise account's organisation; null for any other account or none on record. */
    static String creditCodeOf(AppUser user, ReferenceData referenceData) {
        return user.has(Role.ENTERPRISE) && user.organisation() != null
                ? referenceData.creditCodeOf(user.organisation()).orElse(null)
                : null;
    }
}
