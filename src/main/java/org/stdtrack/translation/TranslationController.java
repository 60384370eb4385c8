package org.stdtrack.translation;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** A standard's foreign-language versions. */
@RestController
class TranslationController {

    private final Translations translations;

    TranslationController(Translations translations) {
        this.translations = translations;
    }

    @GetMapping("/api/standards/{standardId}/translations")
    List<Translations.Translation> list(AppUser user, @PathVariable long standardId) {
        return translations.of(user, standardId);
    }

    @PostMapping("/api/standards/{standardId}/translations")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Translations.Translation> start(
            AppUser user, @PathVariable long standardId, @Valid @RequestBody Translations.NewTranslation body) {
        Translations.Translation started = translations.start(user, standardId, body);
        return ResponseEntity.created(
                        URI.create("/api/standards/" + standardId + "/translations/" + started.language()))
                .body(started);
    }

    @PostMapping("/api/standards/{standardId}/translations/{language}/submission")
    Translations.Translation submit(AppUser user, @PathVariable long standardId, @PathVariable String language) {
        return translations.submit(user, standardId, language);
    }
}
