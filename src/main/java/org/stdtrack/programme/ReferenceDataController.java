package org.stdtrack.programme;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    @GetMapping("/committees")
    List<Committee> committees() {
        return referenceData.committees();
    }
}
