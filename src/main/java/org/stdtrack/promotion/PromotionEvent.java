package org.stdtrack.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An event that promotes standards of a programme, organised by an organisation (an association, a committee's
 * secretariat, a drafting organisation), as stored.
 */
public record PromotionEvent(
        long id,
        String programme,
        String organiser,
        String title,
        Kind kind,
        List<Long> standards,
        Instant startsAt,
        Instant endsAt,
        String place,
        String link,
        int capacity,
        BigDecimal hours,
        CertificatePolicy certificatePolicy,
        Integer passMark,
        boolean walkIns,
        Instant createdAt,
        String createdBy) {

    public enum Kind {
        TRAINING,
        SEMINAR,
        ONLINE_COURSE,
        PILOT_KICKOFF
    }

    /** Who earns a certificate: nobody, everyone present, or those present who reach the pass mark. */
    public enum CertificatePolicy {
        NONE,
        ATTENDANCE,
        EXAM
    }

    /** Whether the participant earned a certificate: present, and at or above the pass mark where one is set. */
    boolean earns(Registration r) {
        return switch (certificatePolicy) {
            case NONE -> false;
            case ATTENDANCE -> r.present();
            case EXAM -> r.present() && r.score() != null && passMark != null && r.score() >= passMark;
        };
    }
}
