package org.stdtrack.standardsystem;

/**
 * A node's rows by status (retired rows not counted): {@code coverage} is the existing share of the planned
 * standards that are not withdrawn, null while there are none.
 */
public record Counts(int planned, int existing, int inDevelopment, int notStarted, int withdrawn, Double coverage) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, null);

    static Counts of(RowStatus status) {
        return new Counts(
                        1,
                        status == RowStatus.EXISTING ? 1 : 0,
                        status == RowStatus.IN_DEVELOPMENT ? 1 : 0,
                        status == RowStatus.NOT_STARTED ? 1 : 0,
                        status == RowStatus.WITHDRAWN ? 1 : 0,
                        null)
                .withCoverage();
    }

    Counts plus(Counts other) {
        return new Counts(
                        planned + other.planned,
                        existing + other.existing,
                        inDevelopment + other.inDevelopment,
                        notStarted + other.notStarted,
                        withdrawn + other.withdrawn,
                        null)
                .withCoverage();
    }

    private Counts withCoverage() {
        int base = planned - withdrawn;
        return new Counts(
                planned, existing, inDevelopment, notStarted, withdrawn, base == 0 ? null : (double) existing / base);
    }
}
