package org.stdtrack.extension;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.DevelopmentExtension;
import org.stdtrack.standard.StandardAccess;

@RestController
@RequestMapping("/api/standards/{standardId}/extension-requests")
class ExtensionController {

    private final ExtensionRequests extensionRequests;
    private final ExtensionRepository requests;
    private final StandardAccess access;

    ExtensionController(ExtensionRequests extensionRequests, ExtensionRepository requests, StandardAccess access) {
        this.extensionRequests = extensionRequests;
        this.requests = requests;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DevelopmentExtension> request(
            AppUser user, @PathVariable long standardId, @Valid @RequestBody ExtensionRequests.NewRequest body) {
        DevelopmentExtension created = extensionRequests.request(user, standardId, body);
        return ResponseEntity.created(
                        URI.create("/api/standards/" + standardId + "/extension-requests/" + created.id()))
                .body(created);
    }

    @GetMapping
    List<DevelopmentExtension> list(AppUser user, @PathVariable long standardId) {
        return requests.of(access.find(user, standardId).id());
    }
}
