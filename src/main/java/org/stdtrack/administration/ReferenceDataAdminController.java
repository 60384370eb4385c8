package org.stdtrack.administration;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.administration.ReferenceDataAdministration.CommitteeTerms;
import org.stdtrack.administration.ReferenceDataAdministration.DomainChange;
import org.stdtrack.administration.ReferenceDataAdministration.NewCommittee;
import org.stdtrack.administration.ReferenceDataAdministration.NewDomain;
import org.stdtrack.administration.ReferenceDataAdministration.NewOrganisation;
import org.stdtrack.administration.ReferenceDataAdministration.NewProgramme;
import org.stdtrack.administration.ReferenceDataAdministration.OrganisationTerms;
import org.stdtrack.administration.ReferenceDataAdministration.ProgrammeTerms;
import org.stdtrack.identity.AppUser;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.Domain;
import org.stdtrack.programme.Organisation;
import org.stdtrack.programme.Programme;

/** The reference data's changes over HTTP; reading it is the programme room's API. */
@RestController
@RequestMapping("/api")
class ReferenceDataAdminController {

    private final ReferenceDataAdministration administration;

    ReferenceDataAdminController(ReferenceDataAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Programme> create(AppUser admin, @Valid @RequestBody NewProgramme body) {
        Programme created = administration.create(admin, body);
        return ResponseEntity.created(URI.create("/api/programmes/" + created.code()))
                .body(created);
    }

    @PutMapping("/programmes/{code}")
    Programme update(AppUser admin, @PathVariable String code, @Valid @RequestBody ProgrammeTerms body) {
        return administration.update(admin, code, body);
    }

    @PostMapping("/domains")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Domain> create(AppUser admin, @Valid @RequestBody NewDomain body) {
        Domain created = administration.create(admin, body);
        return ResponseEntity.created(URI.create("/api/domains/" + created.code()))
                .body(created);
    }

    @PutMapping("/domains/{code}")
    Domain update(AppUser admin, @PathVariable String code, @Valid @RequestBody DomainChange body) {
        return administration.update(admin, code, body);
    }

    @PostMapping("/committees")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Committee> create(AppUser admin, @Valid @RequestBody NewCommittee body) {
        Committee created = administration.create(admin, body);
        return ResponseEntity.created(URI.create("/api/committees/" + created.code()))
                .body(created);
    }

    @PutMapping("/committees/{code}")
    Committee update(AppUser admin, @PathVariable String code, @Valid @RequestBody CommitteeTerms body) {
        return administration.update(admin, code, body);
    }

    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Organisation> create(AppUser admin, @Valid @RequestBody NewOrganisation body) {
        Organisation created = administration.create(admin, body);
        return ResponseEntity.created(URI.create("/api/organisations/" + created.code()))
                .body(created);
    }

    @PutMapping("/organisations/{code}")
    Organisation update(AppUser admin, @PathVariable String code, @Valid @RequestBody OrganisationTerms body) {
        return administration.update(admin, code, body);
    }
}
