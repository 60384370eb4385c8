package org.stdtrack.ballot;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.StandardAccess;

/** A standard's review meetings; its open meeting's schedule, attendance and votes. */
@RestController
class ReviewMeetingController {

    private final ReviewMeetings meetings;
    private final StandardAccess access;

    ReviewMeetingController(ReviewMeetings meetings, StandardAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    @GetMapping("/api/standards/{id}/review-meetings")
    List<ReviewMeetings.Meeting> meetings(AppUser user, @PathVariable long id) {
        return meetings.of(
                access.findWorkingMaterial(user, id, "review meetings").id());
    }

    @PutMapping("/api/standards/{id}/review-meeting")
    ReviewMeetings.Meeting schedule(
            AppUser user, @PathVariable long id, @Valid @RequestBody ReviewMeetings.Schedule body) {
        return meetings.schedule(user, id, body);
    }

    @PutMapping("/api/standards/{id}/review-meeting/attendance")
    ReviewMeetings.Meeting attendance(
            AppUser user, @PathVariable long id, @Valid @RequestBody ReviewMeetings.Attendance body) {
        return meetings.attendance(user, id, body);
    }

    @PostMapping("/api/standards/{id}/review-meeting/votes")
    ReviewMeetings.Meeting vote(
            AppUser user, @PathVariable long id, @Valid @RequestBody ReviewMeetings.MeetingVote body) {
        return meetings.vote(user, id, body);
    }
}
