package org.stdtrack.fuzz;

import net.jqwik.spring.JqwikSpringSupport;
import org.stdtrack.support.OnPostgres;

@JqwikSpringSupport
@OnPostgres
class RandomPayloadsOnPostgresTest extends RandomPayloadsTest {}
