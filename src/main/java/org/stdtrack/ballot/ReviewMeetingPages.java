package org.stdtrack.ballot;

import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.PageController;

/** The review meeting's forms on the standard page: the API's requests, validated by the same constraints. */
@PageController
class ReviewMeetingPages {

    private final ReviewMeetings meetings;
    private final Validator validator;
    private final ProgrammeClock clock;

    ReviewMeetingPages(ReviewMeetings meetings, Validator validator, ProgrammeClock clock) {
        this.meetings = meetings;
        this.validator = validator;
        this.clock = clock;
    }

    /** The meeting's local date and time, in the programme's time zone. */
    @PostMapping("/standards/{id}/review-meeting")
    String schedule(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime meetingAt,
            @RequestParam(required = false) String place,
            RedirectAttributes redirect) {
        meetings.schedule(
                user,
                id,
                Validation.valid(
                        validator,
                        new ReviewMeetings.Schedule(
                                meetingAt == null
                                        ? null
                                        : meetingAt.atZone(clock.zone()).toOffsetDateTime(),
                                place)));
        return saved(id, redirect);
    }

    @PostMapping("/standards/{id}/review-meeting/attendance")
    String attendance(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) List<String> present,
            RedirectAttributes redirect) {
        meetings.attendance(
                user,
                id,
                Validation.valid(validator, new ReviewMeetings.Attendance(present == null ? List.of() : present)));
        return saved(id, redirect);
    }

    @PostMapping("/standards/{id}/review-meeting/votes")
    String vote(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) Vote vote,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) String member,
            @RequestParam(required = false) boolean confirmed,
            RedirectAttributes redirect) {
        if (!confirmed) {
            throw ApiException.invalid("confirmed", "Confirm the vote first: a vote cannot be changed.")
                    .withText("problem.confirmFirst");
        }
        meetings.vote(
                user,
                id,
                Validation.valid(
                        validator,
                        new ReviewMeetings.MeetingVote(
                                vote,
                                comment == null || comment.isBlank() ? null : comment,
                                member == null || member.isBlank() ? null : member)));
        return saved(id, redirect);
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/standards/" + id + "#review-meeting";
    }
}
