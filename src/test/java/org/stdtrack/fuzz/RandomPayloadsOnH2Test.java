package org.stdtrack.fuzz;

import net.jqwik.spring.JqwikSpringSupport;
import org.stdtrack.support.OnH2;

@JqwikSpringSupport
@OnH2
class RandomPayloadsOnH2Test extends RandomPayloadsTest {}
