package org.stdtrack.adoption;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an enterprise aligned with a standard it implements: the four areas the guideline names for promotion
 * and implementation (research and development, delivery, operations, quality management).
 */
public enum AlignedArea {
    /** Also accepted as {@code RND}, the guideline's short name in issue 32; answered by its full name. */
    @JsonAlias("RND")
    RESEARCH_AND_DEVELOPMENT,
    DELIVERY,
    OPERATIONS,
    QUALITY_MANAGEMENT;

    /** As the adoption table keeps them: the names, comma-separated in the enum's order; null for none. */
    static String toColumn(Set<AlignedArea> areas) {
        return areas.isEmpty() ? null : areas.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<AlignedArea> fromColumn(String column) {
        return column == null
                ? Set.of()
                : Arrays.stream(column.split(","))
                        .map(AlignedArea::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlignedArea.class)));
    }
}
