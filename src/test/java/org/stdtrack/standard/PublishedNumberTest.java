package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        Standard standard = new Standard(
                1,
                "P",
                "t",
                null,
                type,
                "SRV",
                "TC28-SC38",
                null,
                degree == null ? null : "ISO/IEC 17788:2014",
                degree,
                Stage.APPROVAL,
                "50.00",
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
                null);
        String problem = PublishedNumber.problem(standard, number, IN_2026);
        if (expected.equals("ok")) {
            assertThat(problem).isNull();
        } else {
            assertThat(problem).contains(expected);
        }
    }
}
