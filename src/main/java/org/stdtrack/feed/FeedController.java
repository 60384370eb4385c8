package org.stdtrack.feed;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.TableExport;
import org.stdtrack.export.WrittenInLanguage;
import org.stdtrack.identity.AppUser;

/**
 * The feed token (for the signed-in user) and the feeds (for whoever holds a token: calendar applications
 * and feed readers, which cannot sign in).
 */
@RestController
class FeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final FeedTokens tokens;
    private final DeadlineCalendar calendar;
    private final NewsFeeds news;

    FeedController(FeedTokens tokens, DeadlineCalendar calendar, NewsFeeds news) {
        this.tokens = tokens;
        this.calendar = calendar;
        this.news = news;
    }

    /** Creates the user's token, or replaces it: the old one stops working at once. */
    @PostMapping("/api/me/feed-token")
    Map<String, String> rotate(AppUser user) {
        return Map.of("token", tokens.rotate(user));
    }

    @DeleteMapping("/api/me/feed-token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(AppUser user) {
        tokens.revoke(user);
    }

    @GetMapping("/feeds/{token}/deadlines.ics")
    @WrittenInLanguage
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    ResponseEntity<String> deadlines(@PathVariable String token, HttpServletRequest request) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .body(calendar.of(tokens.owner(token), TableExport.language(request)));
    }

    @GetMapping("/feeds/{token}/standards/{id}.atom")
    @WrittenInLanguage
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string")))
    ResponseEntity<String> standard(@PathVariable String token, @PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok()
                .contentType(ATOM)
                .body(news.standard(tokens.owner(token), id, TableExport.language(request)));
    }

    @GetMapping("/feeds/{token}/committees/{code}.atom")
    @WrittenInLanguage
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string")))
    ResponseEntity<String> committee(
            @PathVariable String token, @PathVariable String code, HttpServletRequest request) {
        return ResponseEntity.ok()
                .contentType(ATOM)
                .body(news.committee(tokens.owner(token), code, TableExport.language(request)));
    }
}
