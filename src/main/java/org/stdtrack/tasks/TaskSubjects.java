package org.stdtrack.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;

/**
 * Reads a process's business key: a standard's id (a number), or {@code kind:id} for a subject of another
 * kind ({@link TaskSubjectKind}). The one place that knows the two apart.
 */
@Component
public class TaskSubjects {

    private final Map<String, TaskSubjectKind> kinds;

    TaskSubjects(List<TaskSubjectKind> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toMap(TaskSubjectKind::kind, Function.identity()));
    }

    /** The standard's id when the key names a standard; null otherwise. */
    public static Long standardIdOf(String businessKey) {
        return businessKey != null
                        && !businessKey.isEmpty()
                        && businessKey.chars().allMatch(Character::isDigit)
                ? Long.valueOf(businessKey)
                : null;
    }

    /** The subject the key names; empty for a standard's key, an unknown kind or a subject gone. */
    public Optional<TaskSubject> of(String businessKey) {
        return parse(businessKey).flatMap(p -> p.kind().find(p.id()));
    }

    /** Whether the user may see the subject the key names; false for an unknown one. */
    boolean canSee(AppUser user, String businessKey) {
        return parse(businessKey).map(p -> p.kind().canSee(user, p.id())).orElse(false);
    }

    void lock(String businessKey) {
        parse(businessKey).ifPresent(p -> p.kind().lock(p.id()));
    }

    private record Parsed(TaskSubjectKind kind, long id) {}

    private Optional<Parsed> parse(String businessKey) {
        int colon = businessKey == null ? -1 : businessKey.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Long id = standardIdOf(businessKey.substring(colon + 1));
        TaskSubjectKind kind = kinds.get(businessKey.substring(0, colon));
        return kind == null || id == null ? Optional.empty() : Optional.of(new Parsed(kind, id));
    }
}
