package org.stdtrack.periodicreview;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/**
 * A committee's yearly periodic review batch: read it, submit its proposed conclusions (the secretariat),
 * endorse them (the competent department) and decide them (the approving body).
 */
@RestController
class ReviewBatchController {

    private final ReviewConclusions conclusions;

    ReviewBatchController(ReviewConclusions conclusions) {
        this.conclusions = conclusions;
    }

    @GetMapping("/api/committees/{code}/review-batches/{year}")
    ReviewConclusions.ReviewBatch batch(AppUser user, @PathVariable String code, @PathVariable int year) {
        return conclusions.batch(user, code, year);
    }

    @PostMapping("/api/committees/{code}/review-batches/{year}/submission")
    ReviewConclusions.ReviewBatch submit(AppUser user, @PathVariable String code, @PathVariable int year) {
        return conclusions.submit(user, code, year);
    }

    @PostMapping("/api/committees/{code}/review-batches/{year}/endorsement")
    ReviewConclusions.ReviewBatch endorse(AppUser user, @PathVariable String code, @PathVariable int year) {
        return conclusions.endorse(user, code, year);
    }

    @PostMapping("/api/committees/{code}/review-batches/{year}/decision")
    ReviewConclusions.ReviewBatch decide(
            AppUser user,
            @PathVariable String code,
            @PathVariable int year,
            @Valid @RequestBody ReviewConclusions.ReviewBatchDecision body) {
        return conclusions.decide(user, code, year, body);
    }
}
