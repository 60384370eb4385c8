package org.stdtrack.support;

import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardType;
import org.stdtrack.standard.Track;

/** A standard record for unit tests that need one in memory: what they name, and nothing else set. */
public final class StandardRecords {

    private StandardRecords() {}

    public static Standard standard(
            long id,
            StandardType type,
            Stage stage,
            String code,
            String internationalReference,
            InternationalDegree degree) {
        return new Standard(
                id,
                "P",
                "t" + id,
                null,
                type,
                "SRV",
                "TC28-SC38",
                null,
                internationalReference,
                degree,
                stage,
                code,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                degree == null ? Track.REGULAR : Track.ADOPTION,
                null,
                null);
    }
}
