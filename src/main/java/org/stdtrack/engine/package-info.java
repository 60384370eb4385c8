/**
 * The Camunda engine as the tracker runs it, nothing of any one process, and every call made on it: its
 * configuration ({@code EngineConfig}: Flyway first, one clock), its security (authorization on, administrators,
 * {@code GivenGroupsAuthorizationManager}; the grants a process's room gives through {@link
 * org.stdtrack.engine.EngineGrants}), calls made on a user's behalf ({@link org.stdtrack.engine.EngineCalls}),
 * processes and their tasks in the tracker's terms ({@link org.stdtrack.engine.Processes}, {@link
 * org.stdtrack.engine.EngineTasks}), the engine clock for the demo and tests ({@link
 * org.stdtrack.engine.EngineTime}); sub-rooms for the actuator (health, gauges) and for the webapps' single
 * sign-on. No business rules: what a process grants or checks belongs to that process's room (the lifecycle's
 * in {@code lifecycle}). Other rooms see it through its named interfaces {@code processes}, {@code security}
 * and {@code clock}.
 */
@ApplicationModule(allowedDependencies = {"identity", "problem", "standard"})
package org.stdtrack.engine;

import org.springframework.modulith.ApplicationModule;
