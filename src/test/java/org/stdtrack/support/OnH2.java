package org.stdtrack.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** Runs the annotated suite on an in-memory H2 database; every suite so marked shares one context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
// Metrics export (Prometheus) as in production; Spring Boot switches it off in tests by default.
@AutoConfigureObservability
@ActiveProfiles({"demo", "test"})
// Test helpers that need the application's beans, shared by every suite of the context.
@Import({Api.class, Journeys.class, Refusals.class, TestAccounts.class, WriteGuard.class})
@ExtendWith(ResetEngineClock.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:stdtrack-test;DB_CLOSE_DELAY=-1")
@ContextConfiguration(initializers = MailServer.class)
public @interface OnH2 {}
