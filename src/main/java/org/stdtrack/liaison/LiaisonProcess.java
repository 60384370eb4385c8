package org.stdtrack.liaison;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.identity.AppUser;
import org.stdtrack.tasks.TaskHandler;
import org.stdtrack.tasks.TaskSubject;
import org.stdtrack.tasks.TaskSubjectKind;

/**
 * The model {@code bpmn/liaison-response.bpmn} and its Java side: its ids and variables, the completion of its
 * one task (the response recorded), and what the worklist, reminders and feeds are told its task is about.
 */
@Component
public class LiaisonProcess implements TaskHandler, TaskSubjectKind {

    public static final String PROCESS_KEY = "liaisonResponse";
    public static final String RESPOND_TASK = "respondToLiaison";
    static final String SUBJECT_KIND = "liaison";
    /** The task's form field that carries the response's text. */
    static final String RESPONSE_FIELD = "response";

    static final ProcessVariable<Long> LIAISON_ID = ProcessVariable.of("liaisonId", Long.class);
    static final ProcessVariable<String> RECEIVING_SECRETARIAT =
            ProcessVariable.of("receivingSecretariat", String.class);
    static final ProcessVariable<Date> RESPONSE_DUE_AT = ProcessVariable.of("responseDueAt", Date.class);

    private final Liaisons liaisons;

    LiaisonProcess(Liaisons liaisons) {
        this.liaisons = liaisons;
    }

    /** The business key of a statement's response process, and the key its task's subject carries. */
    static String subjectKey(long liaisonId) {
        return TaskSubject.key(SUBJECT_KIND, liaisonId);
    }

    @Override
    public String taskKey() {
        return RESPOND_TASK;
    }

    @Override
    public Map<String, Object> complete(Completion completion) {
        liaisons.responded(
                LIAISON_ID.from(completion.processVariables()),
                (String) completion.values().get(RESPONSE_FIELD),
                completion.actor());
        return Map.of();
    }

    @Override
    public String kind() {
        return SUBJECT_KIND;
    }

    @Override
    public Optional<TaskSubject> find(long id) {
        return liaisons.find(id)
                .map(l -> new TaskSubject(subjectKey(id), l.subject(), null, "/liaisons/" + id, l.committee()));
    }

    @Override
    public boolean canSee(AppUser user, long id) {
        return liaisons.find(id).map(l -> liaisons.mayRead(user, l)).orElse(false);
    }

    @Override
    public void lock(long id) {
        liaisons.lock(id);
    }
}
