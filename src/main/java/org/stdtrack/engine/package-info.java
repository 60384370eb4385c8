/**
 * The Camunda engine as the tracker runs it, and nothing of any one process: its configuration ({@code
 * EngineConfig}: Flyway first, one clock), its security (authorization on, administrators, {@code
 * GivenGroupsAuthorizationManager}), calls made on a user's behalf ({@link org.stdtrack.engine.EngineCalls}),
 * the engine clock for the demo and tests ({@link org.stdtrack.engine.EngineTime}); sub-rooms for the actuator
 * (health, gauges) and for the webapps' single sign-on. No business rules: what a process grants or checks
 * belongs to that process's room (the lifecycle's in {@code lifecycle}).
 */
@ApplicationModule(allowedDependencies = {"identity", "problem", "standard"})
package org.stdtrack.engine;

import org.springframework.modulith.ApplicationModule;
