package org.stdtrack.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo accounts and, on a first start, the demo programme. */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private final DemoUsers users;

    DemoData(DemoUsers users) {
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        users.ensure();
    }
}
