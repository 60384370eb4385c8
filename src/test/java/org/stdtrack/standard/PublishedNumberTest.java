package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.CountingBases;
import org.stdtrack.programme.CountingBases.Abstentions;
import org.stdtrack.programme.CountingBases.ParticipationBase;
import org.stdtrack.support.StandardRecords;

class PublishedNumberTest {

    private static final LocalDate IN_2026 = LocalDate.of(2026, 5, 1);

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GB     |     | GB 12345-2026                      | ok",
                "GB_T   |     | GB/T 12345-2026                    | ok",
                "GB_T   |     | GB/T 32399.1-2026                  | ok",
                "SECTOR |     | YD/T 1234-2026                     | ok",
                "GB_Z   |     | GB/Z 41234-2026                    | ok",
                "GB_Z   |     | GB/T 41234-2026                    | numbered GB/Z",
                "GB_T   | IDT | GB/T 32400-2026/ISO/IEC 17788:2014 | ok",
                "GB_T   | MOD | GB/T 32400-2026                    | ok",
                "GB_T   |     | GB 12345-2026                      | numbered GB/T",
                "SECTOR |     | GB/T 1234-2026                     | numbered YD/T",
                "GB_T   |     | GB/T 12345-2025                    | publication year 2026",
                "GB_T   |     | GB/T 12345                         | not a standard number",
                "GB_T   |     | GB/T12345-2026                     | not a standard number",
                "GB_T   |     | GB/T 012345-2026                   | not a standard number",
                "GB_T   | IDT | GB/T 32400-2026                    | dual number",
                "GB_T   | IDT | GB/T 32400-2026/ISO/IEC 17789:2014 | dual number",
                "GB_T   | NEQ | GB/T 32400-2026/ISO/IEC 17788:2014 | Only an identical",
            })
    void checksFormatTypeYearAndDualNumber(
            StandardType type, InternationalDegree degree, String number, String expected) {
        Standard standard = standard(type, degree);
        String problem = PublishedNumber.problem(standard, committee("YD/T"), number, IN_2026);
        if (expected.equals("ok")) {
            assertThat(problem).isNull();
        } else {
            assertThat(problem).contains(expected);
        }
    }

    @Test
    void theStartOfANumberIsSearchedAsNumbersAreSpeltAndAnyOtherTextIsNot() {
        assertThat(PublishedNumber.searchedPrefix("gb/t324")).isEqualTo("GB/T 324");
        assertThat(PublishedNumber.searchedPrefix(" GB/T  32400-2015/iso/iec ")).isEqualTo("GB/T 32400-2015/ISO/IEC");
        assertThat(PublishedNumber.searchedPrefix("GB/Z")).isEqualTo("GB/Z");
        assertThat(PublishedNumber.searchedPrefix("yd/t 1234")).isEqualTo("YD/T 1234");
        assertThat(PublishedNumber.searchedPrefix("gb 17859")).isEqualTo("GB 17859");
        assertThat(PublishedNumber.searchedPrefix("GB"))
                .as("a bare GB may be a word")
                .isNull();
        assertThat(PublishedNumber.searchedPrefix("edge")).isNull();
        assertThat(PublishedNumber.searchedPrefix("ISO 17788"))
                .as("an international number is found inside dual numbers, anywhere")
                .isNull();
        assertThat(PublishedNumber.searchedPrefix("20230123-T-469")).isNull();
        assertThat(PublishedNumber.searchedPrefix("GB/T cloud")).isNull();
    }

    @Test
    void aSectorStandardIsNumberedWithItsCommitteesPrefix() {
        Standard standard = standard(StandardType.SECTOR, null);
        assertThat(PublishedNumber.problem(standard, committee("SJ/T"), "SJ/T 11234-2026", IN_2026))
                .isNull();
        assertThat(PublishedNumber.problem(standard, committee("SJ/T"), "YD/T 11234-2026", IN_2026))
                .contains("numbered SJ/T");
        assertThat(PublishedNumber.national("SJ/T 11234.2-2026/IEC 61000:2020")).isEqualTo("SJ/T 11234.2-2026");
    }

    private static Committee committee(String sectorPrefix) {
        return new Committee(
                "TC",
                Committee.Level.SECTOR,
                "Committee",
                "委员会",
                sectorPrefix,
                Committee.ReviewMode.CORRESPONDENCE,
                Committee.ProposalSupport.SUPPORTERS,
                5,
                true,
                true,
                null,
                new CountingBases(ParticipationBase.ALL_MEMBERS, Abstentions.COUNT_AS_TAKING_PART));
    }

    private static Standard standard(StandardType type, InternationalDegree degree) {
        return StandardRecords.standard(
                1, type, Stage.APPROVAL, "50.00", degree == null ? null : "ISO/IEC 17788:2014", degree);
    }
}
