package org.stdtrack.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineConfig {

    /**
     * One clock for the application and the engine: stage events, deadlines and timers all read the
     * engine's clock, so a test (or the demo loader) that moves it moves everything together.
     */
    @Bean
    Clock clock(@Value("${stdtrack.zone}") ZoneId zone) {
        return new EngineClock(zone);
    }

    /**
     * Flyway migrates before the engine starts: an engine that created its tables first would leave Flyway a
     * non-empty schema without history, which it refuses to migrate.
     */
    @Bean
    static AbstractDependsOnBeanFactoryPostProcessor engineAfterFlyway() {
        return new AbstractDependsOnBeanFactoryPostProcessor(
                ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer") {};
    }

    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
