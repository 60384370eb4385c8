package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stdtrack.identity.AppUser;

/** How a process's business key is read: a standard's id, or a subject of a kind some room registered. */
class TaskSubjectsTest {

    private static final TaskSubject BALLOT =
            new TaskSubject("intl-ballot:12", "DIS on ISO/IEC 5140", null, "/international/ballots/12", "TC28-SC38");

    private final TaskSubjects subjects = new TaskSubjects(List.of(new TaskSubjectKind() {
        @Override
        public String kind() {
            return "intl-ballot";
        }

        @Override
        public Optional<TaskSubject> find(long id) {
            return id == 12 ? Optional.of(BALLOT) : Optional.empty();
        }

        @Override
        public boolean canSee(AppUser user, long id) {
            return "secretary".equals(user.username());
        }

        @Override
        public void lock(long id) {}
    }));

    @Test
    void aNumberIsAStandardsIdAndNothingElseIs() {
        assertThat(TaskSubjects.standardIdOf("12")).isEqualTo(12L);
        assertThat(TaskSubjects.standardIdOf("intl-ballot:12")).isNull();
        assertThat(TaskSubjects.standardIdOf("")).isNull();
        assertThat(TaskSubjects.standardIdOf(null)).isNull();
        assertThat(TaskSubjects.standardIdOf("-3")).isNull();
    }

    @Test
    void aKindsSubjectIsFoundByItsKeyAndShownOnlyToItsReaders() {
        assertThat(subjects.of("intl-ballot:12")).contains(BALLOT);
        assertThat(subjects.of("intl-ballot:13")).as("gone").isEmpty();
        assertThat(subjects.of("liaison:12")).as("a kind nobody registered").isEmpty();
        assertThat(subjects.of("intl-ballot:twelve")).isEmpty();
        assertThat(subjects.of("12")).as("a standard's key").isEmpty();
        assertThat(subjects.of(null)).isEmpty();
        assertThat(subjects.canSee(user("secretary"), "intl-ballot:12")).isTrue();
        assertThat(subjects.canSee(user("secretary2"), "intl-ballot:12")).isFalse();
        assertThat(subjects.canSee(user("secretary"), "liaison:12")).isFalse();
        assertThat(TaskSubject.key("intl-ballot", 12)).isEqualTo(BALLOT.key());
    }

    private static AppUser user(String name) {
        return new AppUser(name, name, null, Set.of());
    }
}
