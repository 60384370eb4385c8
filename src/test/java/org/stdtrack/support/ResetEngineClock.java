package org.stdtrack.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Puts the engine clock back to real time after each test that may have moved it. */
public class ResetEngineClock implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
