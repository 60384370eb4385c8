package org.stdtrack.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stdtrack.consultation.Consultations;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.notification.Inbox;
import org.stdtrack.notification.Watch;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.promotion.PromotionEvent;
import org.stdtrack.promotion.PromotionEvents;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.tasks.Worklist;

/**
 * A user's deadlines as an iCalendar (RFC 5545) feed: the due date of each open task of theirs (a vote is due
 * when its ballot closes), the close of each consultation they may comment in, and the development due date
 * of each standard they watch. UIDs are stable (the same deadline keeps its UID as its date moves), times are
 * given in the programme's time zone, whose definition the calendar carries.
 */
@Component
class DeadlineCalendar {

    private final Worklist tasks;
    private final Consultations consultations;
    private final StandardAccess access;
    private final Inbox inbox;
    private final MessageSource messages;
    private final ProgrammeClock clock;
    private final String publicUrl;
    private final PromotionEvents promotion;

    /** The promotion events a calendar lists at most: the soonest. */
    private static final int MAX_EVENTS = 50;

    DeadlineCalendar(
            Worklist tasks,
            Consultations consultations,
            StandardAccess access,
            Inbox inbox,
            MessageSource messages,
            ProgrammeClock clock,
            @Value("${stdtrack.public-url:http://localhost:8080}") String publicUrl,
            PromotionEvents promotion) {
        this.promotion = promotion;
        this.tasks = tasks;
        this.consultations = consultations;
        this.access = access;
        this.inbox = inbox;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    String of(AppUser user, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//stdtrack//deadlines//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        var zone = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(clock.zone().getId());
        calendar.add(zone.getVTimeZone());
        for (TaskView task : tasks.mine(user, null)) {
            if (task.due() != null) {
                String about = task.subject() != null
                        ? Standard.titleIn(
                                locale, task.subject().title(), task.subject().titleZh())
                        : access.find(user, task.standardId()).title(locale);
                calendar.add(event(
                        "task-" + task.id(),
                        task.due(),
                        messages.getMessage("task." + task.key(), null, task.name(), locale) + " — " + about,
                        publicUrl + "/tasks/" + task.id()));
            }
        }
        for (Standard standard : commentable(user)) {
            consultations
                    .openRound(standard)
                    .ifPresent(round -> calendar.add(event(
                            "consultation-" + round.id(),
                            round.closesAt(),
                            messages.getMessage(
                                    "feed.consultationCloses", new Object[] {standard.title(locale)}, locale),
                            publicUrl + "/standards/" + standard.id())));
        }
        List<Watch> watches = inbox.watches(user);
        // Training and seminars on what the user follows: a standard, or any of a committee's.
        Set<Long> watchedStandards = new HashSet<>();
        Set<String> watchedCommittees = new HashSet<>();
        watches.forEach(w -> {
            if (w.standardId() != null) {
                watchedStandards.add(w.standardId());
            } else if (w.committee() != null) {
                watchedCommittees.add(w.committee());
            }
        });
        for (PromotionEvent e : promotion.upcomingFor(watchedStandards, watchedCommittees, MAX_EVENTS)) {
            calendar.add(event(
                    "promotion-" + e.id(),
                    e.startsAt(),
                    messages.getMessage("feed.promotionEvent", new Object[] {e.title()}, locale),
                    publicUrl + "/standards/" + e.standards().get(0)));
        }
        for (Watch watch : watches) {
            if (watch.standardId() == null) {
                continue;
            }
            try {
                Standard standard = access.find(user, watch.standardId());
                if (standard.developmentDueAt() != null && standard.stage().isInDevelopment()) {
                    calendar.add(event(
                            "development-" + standard.id(),
                            standard.developmentDueAt(),
                            messages.getMessage("feed.developmentDue", new Object[] {standard.title(locale)}, locale),
                            publicUrl + "/standards/" + standard.id()));
                }
            } catch (ApiException noLongerVisible) {
                // watched once, no longer the user's to see
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Standards in consultation of the committees the user reviews for. */
    private List<Standard> commentable(AppUser user) {
        return user.grants().stream()
                .filter(g -> g.role() == Role.INDUSTRY_REVIEWER || g.role() == Role.ACADEMIC_REVIEWER)
                .map(g -> g.committee())
                .distinct()
                .flatMap(committee -> access.visibleInCommittee(user, committee, 500).stream())
                .filter(s -> s.stage() == Stage.CONSULTATION)
                .toList();
    }

    private VEvent event(String uid, Instant at, String summary, String link) {
        ZonedDateTime start = at.atZone(clock.zone());
        VEvent event = new VEvent(start, Duration.ofMinutes(30), summary);
        event.add(new Uid(uid + "@stdtrack"));
        event.add(new Description(link));
        event.add(new Url(URI.create(link)));
        return event;
    }
}
