package org.stdtrack.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardRepository;

@RestController
class StageReportController {

    private final ReferenceData referenceData;
    private final StandardRepository standards;

    StageReportController(ReferenceData referenceData, StandardRepository standards) {
        this.referenceData = referenceData;
        this.standards = standards;
    }

    /** @param byStage every stage, zeros included, in lifecycle order */
    record StageReport(String programme, int target, long total, Map<Stage, Long> byStage) {
    }

    @GetMapping("/api/reports/stages")
    StageReport stages(@RequestParam String programme) {
        Programme p = referenceData.programme(programme)
                .orElseThrow(() -> ApiException.notFound("No programme with code '" + programme + "'."));
        Map<Stage, Long> byStage = new LinkedHashMap<>(standards.countByStage(p.code()));
        long total = byStage.values().stream().mapToLong(Long::longValue).sum();
        return new StageReport(p.code(), p.targetStandards(), total, byStage);
    }
}
