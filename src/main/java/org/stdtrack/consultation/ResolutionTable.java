package org.stdtrack.consultation;

import java.util.List;
import org.stdtrack.export.Table;

/**
 * The comment resolution table (意见汇总处理表) of a standard: every comment of every consultation round with
 * the commenting organisation, the channel it came by and its resolution, and the count of each outcome.
 */
public record ResolutionTable(
        String standardTitle, String standardTitleZh, String planNumber, List<Row> rows, Summary summary) {

    public record Row(
            int number,
            int round,
            String clause,
            String comment,
            String proposedChange,
            Table.Name organisation,
            Comment.Channel channel,
            Comment.Decision resolution,
            String reason) {}

    public record Summary(int received, int accepted, int partiallyAccepted, int notAccepted, int unresolved) {}

    static Summary summarise(List<Row> rows) {
        return new Summary(
                rows.size(),
                count(rows, Comment.Decision.ACCEPTED),
                count(rows, Comment.Decision.PARTIALLY_ACCEPTED),
                count(rows, Comment.Decision.NOT_ACCEPTED),
                count(rows, null));
    }

    private static int count(List<Row> rows, Comment.Decision decision) {
        return (int) rows.stream().filter(r -> r.resolution() == decision).count();
    }
}
