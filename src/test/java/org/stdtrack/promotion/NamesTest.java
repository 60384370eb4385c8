package org.stdtrack.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A participant's name as public views show it. */
class NamesTest {

    @Test
    void theFirstCharacterStaysAndEveryOtherIsMasked() {
        assertThat(Names.mask("张三")).isEqualTo("张*");
        assertThat(Names.mask("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Names.mask(" Wang Lei ")).isEqualTo("W*** ***");
        assertThat(Names.mask("𠀀𠀁"))
                .as("a character beyond the basic plane counts once")
                .isEqualTo("𠀀*");
        assertThat(Names.mask("李")).isEqualTo("李");
        assertThat(Names.mask("")).isEmpty();
        assertThat(Names.mask(null)).isNull();
    }
}
