package org.stdtrack.international;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.identity.AppUser;
import org.stdtrack.tasks.TaskHandler;
import org.stdtrack.tasks.TaskSubject;
import org.stdtrack.tasks.TaskSubjectKind;

/**
 * The model {@code bpmn/international-ballot.bpmn} and its Java side: the ids and variables it uses, the
 * completion of its one task, what the worklist, reminders and feeds are told its tasks are about, and the step
 * that records a ballot closed without a position ({@code ${nationalPositionMissed}}).
 */
@Component("nationalPositionMissed")
public class BallotProcess implements TaskHandler, TaskSubjectKind, JavaDelegate {

    public static final String PROCESS_KEY = "internationalBallot";
    public static final String POSITION_TASK = "submitNationalPosition";
    /** The business key's kind: {@code intl-ballot:12}. */
    static final String SUBJECT_KIND = "intl-ballot";

    /** The decision the model's task offers (its values are the enum's constants). */
    public static final Map<String, Class<? extends Enum<?>>> DECISIONS = Map.of(POSITION_TASK, IntlBallot.Vote.class);

    static final ProcessVariable<Long> BALLOT_ID = ProcessVariable.of("ballotId", Long.class);
    static final ProcessVariable<String> MIRROR_SECRETARIAT = ProcessVariable.of("mirrorSecretariat", String.class);
    static final ProcessVariable<Date> NATIONAL_DEADLINE_AT = ProcessVariable.of("nationalDeadlineAt", Date.class);
    static final ProcessVariable<Date> CLOSES_AT = ProcessVariable.of("closesAt", Date.class);

    private final NationalPositions positions;

    /** The business key of the ballot's process, and the key its tasks' subject carries. */
    public static String subjectKey(long ballotId) {
        return TaskSubject.key(SUBJECT_KIND, ballotId);
    }

    BallotProcess(NationalPositions positions) {
        this.positions = positions;
    }

    @Override
    public String taskKey() {
        return POSITION_TASK;
    }

    @Override
    public Map<String, Object> complete(Completion completion) {
        positions.submit(completion);
        return Map.of();
    }

    @Override
    public void execute(DelegateExecution execution) {
        positions.missed(BALLOT_ID.from(execution));
    }

    @Override
    public String kind() {
        return SUBJECT_KIND;
    }

    @Override
    public Optional<TaskSubject> find(long id) {
        return positions.subject(id);
    }

    @Override
    public boolean canSee(AppUser user, long id) {
        return positions.isInsider(user, id);
    }

    @Override
    public void lock(long id) {
        positions.lock(id);
    }
}
