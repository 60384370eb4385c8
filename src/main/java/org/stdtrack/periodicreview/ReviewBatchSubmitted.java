package org.stdtrack.periodicreview;

import java.util.List;
import org.stdtrack.programme.Committee;

/**
 * A committee's proposed review conclusions went to their deciders, in the transaction of the submission: the
 * lifecycle moves each standard's process on, to the competent department given here (null: none) or
 * straight to the approving body.
 */
public record ReviewBatchSubmitted(
        String committee, int year, List<Long> standardIds, Committee.CompetentDepartment department) {}
