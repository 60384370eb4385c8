package org.stdtrack.consultation;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.StandardAccess;

@RestController
@RequestMapping("/api/standards/{standardId}/comments")
class CommentController {

    private final ConsultationService consultations;
    private final StandardAccess access;

    CommentController(ConsultationService consultations, StandardAccess access) {
        this.consultations = consultations;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Comment> comment(
            AppUser user, @PathVariable long standardId, @Valid @RequestBody ConsultationService.NewComment body) {
        Comment comment = consultations.comment(user, standardId, body);
        return ResponseEntity.created(URI.create("/api/standards/" + standardId + "/comments/" + comment.id()))
                .body(comment);
    }

    @GetMapping
    List<Comment> comments(AppUser user, @PathVariable long standardId) {
        return consultations.comments(access.find(user, standardId).id());
    }

    @GetMapping("/{commentId}")
    Comment comment(AppUser user, @PathVariable long standardId, @PathVariable long commentId) {
        return consultations
                .find(access.find(user, standardId).id(), commentId)
                .orElseThrow(() ->
                        ApiException.notFound("Standard " + standardId + " has no comment with id " + commentId + "."));
    }

    @PutMapping("/{commentId}/resolution")
    Comment resolve(
            AppUser user,
            @PathVariable long standardId,
            @PathVariable long commentId,
            @Valid @RequestBody ConsultationService.Resolution body) {
        return consultations.resolve(user, standardId, commentId, body);
    }
}
