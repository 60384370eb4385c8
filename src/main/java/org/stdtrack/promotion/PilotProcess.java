package org.stdtrack.promotion;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.identity.AppUser;
import org.stdtrack.tasks.TaskHandler;
import org.stdtrack.tasks.TaskSubject;
import org.stdtrack.tasks.TaskSubjectKind;

/**
 * The model {@code bpmn/pilot.bpmn} and its Java side: its ids and variables, what the worklist is told a pilot's
 * tasks are about, and each decision's effect on the pilot (the review also sets when the public notice ends).
 */
@Configuration
public class PilotProcess implements TaskSubjectKind {

    public static final String PROCESS_KEY = "pilot";
    static final String SUBJECT_KIND = "pilot";

    /** Each task's decision: the value that moves the pilot on, and the one that ends it. */
    public enum Step {
        RECOMMEND("recommendPilot", "RECOMMEND", Pilots.Status.RECOMMENDED, "DECLINE", Pilots.Status.DECLINED),
        REVIEW("reviewPilot", "APPROVE", Pilots.Status.REVIEWED, "REJECT", Pilots.Status.REJECTED),
        APPROVE("approvePilot", "APPROVE", Pilots.Status.APPROVED, "REJECT", Pilots.Status.NOT_APPROVED),
        ACCEPT("acceptPilot", "PASS", Pilots.Status.PASSED, "FAIL", Pilots.Status.FAILED);

        public final String taskKey;
        public final String passing;
        final Pilots.Status passed;
        public final String failing;
        final Pilots.Status failed;

        Step(String taskKey, String passing, Pilots.Status passed, String failing, Pilots.Status failed) {
            this.taskKey = taskKey;
            this.passing = passing;
            this.passed = passed;
            this.failing = failing;
            this.failed = failed;
        }
    }

    static final ProcessVariable<Long> PILOT_ID = ProcessVariable.of("pilotId", Long.class);
    static final ProcessVariable<String> REVIEWERS = ProcessVariable.of("reviewers", String.class);
    static final ProcessVariable<Date> NOTICE_ENDS_AT = ProcessVariable.of("noticeEndsAt", Date.class);

    private final Pilots pilots;

    /** The business key of the pilot's process, and the key its tasks' subject carries. */
    public static String subjectKey(long pilotId) {
        return TaskSubject.key(SUBJECT_KIND, pilotId);
    }

    PilotProcess(Pilots pilots) {
        this.pilots = pilots;
    }

    @Bean
    TaskHandler recommendPilotHandler() {
        return handler(Step.RECOMMEND);
    }

    @Bean
    TaskHandler reviewPilotHandler() {
        return handler(Step.REVIEW);
    }

    @Bean
    TaskHandler approvePilotHandler() {
        return handler(Step.APPROVE);
    }

    @Bean
    TaskHandler acceptPilotHandler() {
        return handler(Step.ACCEPT);
    }

    private TaskHandler handler(Step step) {
        return new TaskHandler() {
            @Override
            public String taskKey() {
                return step.taskKey;
            }

            @Override
            public Map<String, Object> complete(Completion c) {
                long id = PILOT_ID.from(c.processVariables());
                boolean passing = step.passing.equals(c.decision());
                pilots.decided(id, passing ? step.passed : step.failed, passing ? null : c.comment());
                // A reviewed pilot is publicly noticed for the policy's period before MIIT decides.
                return step == Step.REVIEW && passing ? NOTICE_ENDS_AT.asMap(pilots.noticeEnds()) : Map.of();
            }
        };
    }

    @Override
    public String kind() {
        return SUBJECT_KIND;
    }

    @Override
    public Optional<TaskSubject> find(long id) {
        // The committee of its first standard looks after it, as that committee's secretariat reviews it.
        return pilots.find(id)
                .map(p -> new TaskSubject(
                        TaskSubject.key(SUBJECT_KIND, id),
                        p.name(),
                        null,
                        "/pilots/" + id,
                        pilots.reviewingCommittee(p)));
    }

    /** A pilot is no secret: everyone signed in may see it and, through it, its tasks' subject. */
    @Override
    public boolean canSee(AppUser user, long id) {
        return true;
    }

    @Override
    public void lock(long id) {
        pilots.lock(id);
    }
}
