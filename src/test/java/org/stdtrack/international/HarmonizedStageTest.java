package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The harmonized codes, ISO's integers, IEC's letters and ITU-T's statuses, and their words in both languages. */
class HarmonizedStageTest {

    @Test
    void eachBodyWritesItsStagesItsOwnWay() {
        assertThat(HarmonizedStage.fromIsoInteger(4020)).contains("40.20");
        assertThat(HarmonizedStage.fromIsoInteger(6060)).contains("60.60");
        assertThat(HarmonizedStage.fromIsoInteger(4120)).as("no such code").isEmpty();
        assertThat(HarmonizedStage.fromIsoInteger(-1)).isEmpty();
        assertThat(HarmonizedStage.read(IntlBody.IEC, "ccdv")).contains(new HarmonizedStage.Code("40.20", "CCDV"));
        assertThat(HarmonizedStage.read(IntlBody.IEC, "40.60")).contains(new HarmonizedStage.Code("40.60", null));
        assertThat(HarmonizedStage.read(IntlBody.ISO, "CCDV"))
                .as("ISO has no letter codes")
                .isEmpty();
        assertThat(HarmonizedStage.read(IntlBody.ITU_T, "LAST_CALL"))
                .contains(new HarmonizedStage.Code("40.20", "LAST_CALL"));
        assertThat(HarmonizedStage.read(IntlBody.ISO, "40.2")).isEmpty();
        assertThat(HarmonizedStage.read(IntlBody.ISO, null)).isEmpty();
        for (IntlBody body : IntlBody.values()) {
            for (String own : HarmonizedStage.bodyCodes(body)) {
                assertThat(HarmonizedStage.read(body, own)).as(body + " " + own).isPresent();
            }
        }
        assertThat(HarmonizedStage.isPublished("60.60")).isTrue();
        assertThat(HarmonizedStage.isPublished("90.93")).isTrue();
        assertThat(HarmonizedStage.isPublished("50.99")).isFalse();
        assertThat(HarmonizedStage.hasEnded("30.98")).isTrue();
        assertThat(HarmonizedStage.hasEnded("95.99")).isTrue();
        assertThat(HarmonizedStage.hasEnded("40.20")).isFalse();
    }

    @Test
    void everyCodeIsSaidInBothLanguagesByItsStageAndSubstage() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_zh.properties"}) {
            Properties words = new Properties();
            try (var in = Files.newInputStream(Path.of("src/main/resources/i18n", bundle))) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String code : HarmonizedStage.codes()) {
                assertThat(words).as(bundle + " " + code).containsKey("intlStageGroup." + code.substring(0, 2));
                assertThat(words).as(bundle + " " + code).containsKey("intlSubstage." + code.substring(3));
            }
        }
    }
}
