package org.stdtrack.promotion;

import org.stdtrack.support.OnH2;

@OnH2
class PromotionFunnelOnH2Test extends PromotionFunnelTest {}
