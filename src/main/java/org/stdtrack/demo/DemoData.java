package org.stdtrack.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On every start with the demo profile: the demo accounts; on the first start, the demo programme
 * ({@code stdtrack.demo.standards=false} leaves it out, as the test suites do).
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoUsers users;
    private final DemoProgramme programme;
    private final DemoSystemTables systemTables;
    private final DemoInternational international;
    private final DemoPromotion promotion;
    private final DemoCommitteeWork committeeWork;
    private final boolean loadStandards;

    DemoData(
            DemoUsers users,
            DemoProgramme programme,
            DemoSystemTables systemTables,
            DemoInternational international,
            DemoPromotion promotion,
            DemoCommitteeWork committeeWork,
            @Value("${stdtrack.demo.standards:true}") boolean loadStandards,
            Environment environment) {
        if (environment.matchesProfiles("postgres")) {
            throw new IllegalStateException("The demo profile (accounts with well-known passwords) is never run "
                    + "with the postgres profile: remove 'demo' from the active profiles.");
        }
        this.users = users;
        this.programme = programme;
        this.systemTables = systemTables;
        this.international = international;
        this.promotion = promotion;
        this.committeeWork = committeeWork;
        this.loadStandards = loadStandards;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        users.ensure();
        if (loadStandards && !programme.isLoaded()) {
            programme.load();
            log.info("Demo programme loaded: {} standards of {}", DemoProgramme.ITEMS.size(), DemoProgramme.PROGRAMME);
        }
        if (loadStandards && !systemTables.isLoaded()) {
            systemTables.load();
        }
        if (loadStandards && !international.isLoaded()) {
            international.load();
        }
        if (loadStandards && !promotion.isLoaded()) {
            promotion.load();
        }
        if (loadStandards && !committeeWork.isLoaded()) {
            committeeWork.load();
        }
    }
}
