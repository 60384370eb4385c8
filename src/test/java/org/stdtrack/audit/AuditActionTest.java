package org.stdtrack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every action of the typed list fits the column the trail stores it in. */
class AuditActionTest {

    @Test
    void everyActionFitsTheAuditColumn() throws IOException {
        String table = Files.readString(Path.of("db/migration/V5__audit_trail.sql"));
        Matcher column = Pattern.compile("action\\s+varchar\\((\\d+)\\)").matcher(table);
        assertThat(column.find()).isTrue();
        int width = Integer.parseInt(column.group(1));
        assertThat(AuditAction.values())
                .allSatisfy(action -> assertThat(action.name()).hasSizeLessThanOrEqualTo(width));
    }
}
