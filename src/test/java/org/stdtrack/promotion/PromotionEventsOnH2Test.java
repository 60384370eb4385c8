package org.stdtrack.promotion;

import org.stdtrack.support.OnH2;

@OnH2
class PromotionEventsOnH2Test extends PromotionEventsTest {}
