package org.stdtrack.programme;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.problem.ApiException;

/** Reading the reference data: every signed-in user; changing it is the administration room's. */
@RestController
@RequestMapping("/api")
class ReferenceDataController {

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/programmes")
    List<Programme> programmes() {
        return referenceData.programmes();
    }

    @GetMapping("/programmes/{code}")
    Programme programme(@PathVariable String code) {
        return referenceData.requireProgramme(code);
    }

    @GetMapping("/domains")
    List<Domain> domains() {
        return referenceData.domains();
    }

    @GetMapping("/domains/{code}")
    Domain domain(@PathVariable String code) {
        return referenceData
                .domain(code)
                .orElseThrow(() -> ApiException.notFound("No domain with code '" + code + "'."));
    }

    @GetMapping("/committees")
    List<Committee> committees() {
        return referenceData.committees();
    }

    @GetMapping("/committees/{code}")
    Committee committee(@PathVariable String code) {
        return referenceData
                .committee(code)
                .orElseThrow(() -> ApiException.notFound("No committee with code '" + code + "'."));
    }

    @GetMapping("/organisations")
    List<Organisation> organisations() {
        return referenceData.organisations();
    }

    @GetMapping("/organisations/{code}")
    Organisation organisation(@PathVariable String code) {
        return referenceData
                .organisation(code)
                .orElseThrow(() -> ApiException.notFound("No organisation with code '" + code + "'."));
    }
}
