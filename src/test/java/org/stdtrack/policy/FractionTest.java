package org.stdtrack.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void parsesAndComparesExactly() {
        Fraction twoThirds = Fraction.valueOf(" 2 / 3 ");
        assertThat(twoThirds).isEqualTo(new Fraction(2, 3));
        assertThat(twoThirds.isReachedBy(2, 3)).isTrue();
        assertThat(twoThirds.isReachedBy(666_666, 1_000_000))
                .as("no rounding to 0.67 or 0.66")
                .isFalse();
        assertThat(twoThirds.isNotExceededBy(2, 3)).isTrue();
        assertThat(twoThirds.isNotExceededBy(3, 4)).isFalse();
        assertThat(twoThirds).hasToString("2/3");
    }

    @Test
    void refusesWhatIsNotARatio() {
        assertThatThrownBy(() -> Fraction.valueOf("0.75")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.valueOf("5/4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.valueOf("1/0")).isInstanceOf(IllegalArgumentException.class);
    }
}
