package org.stdtrack.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** Codes of real enterprises, as published in their registrations. */
    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91110000802100433B", "91330100716105852F"})
    void acceptsRealCodes(String code) {
        assertThat(CreditCode.problem(code)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "914403001922038217, check character",
        "9144030019220382, 18 characters",
        "91440300192203821I, cannot appear",
        "91440300192203821O, cannot appear",
        "9144030071526726xg, cannot appear",
    })
    void refusesMistypedCodes(String code, String problem) {
        assertThat(CreditCode.problem(code)).contains(problem);
    }
}
