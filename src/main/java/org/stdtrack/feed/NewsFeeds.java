package org.stdtrack.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stdtrack.ballot.Ballots;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.promotion.PromotionEvent;
import org.stdtrack.promotion.PromotionEvents;
import org.stdtrack.standard.StageEvent;
import org.stdtrack.standard.StageHistory;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * A standard's news, or all of a committee's standards' that the reader may see, as Atom (RFC 4287): an entry
 * per stage event (consultations opening and closing are stage events too) and per ballot result, newest
 * first, with stable ids.
 */
@Component
class NewsFeeds {

    private static final int MOST = AtomFeeds.MOST;

    private final StandardAccess access;
    private final StageHistory stageHistory;
    private final Ballots ballots;
    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final String publicUrl;
    private final PromotionEvents promotion;

    NewsFeeds(
            StandardAccess access,
            Ballots ballots,
            ReferenceData referenceData,
            MessageSource messages,
            @Value("${stdtrack.public-url:http://localhost:8080}") String publicUrl,
            StageHistory stageHistory,
            PromotionEvents promotion) {
        this.promotion = promotion;
        this.stageHistory = stageHistory;
        this.access = access;
        this.ballots = ballots;
        this.referenceData = referenceData;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    String standard(AppUser user, long id, Locale locale) {
        Standard standard = access.find(user, id);
        return AtomFeeds.atom(
                "urn:stdtrack:standard:" + id,
                standard.title(locale),
                publicUrl + "/standards/" + id,
                entries(standard, locale));
    }

    String committee(AppUser user, String code, Locale locale) {
        var committee = referenceData
                .committee(code)
                .orElseThrow(() -> ApiException.notFound("No committee with code '" + code + "'."));
        List<SyndEntry> entries = new ArrayList<>();
        for (Standard standard : access.visibleInCommittee(user, code, 2_000)) {
            entries.addAll(entries(standard, locale));
        }
        return AtomFeeds.atom(
                "urn:stdtrack:committee:" + code,
                "zh".equals(locale.getLanguage()) ? committee.nameZh() : committee.nameEn(),
                publicUrl + "/standards?committee=" + code,
                entries);
    }

    private List<SyndEntry> entries(Standard standard, Locale locale) {
        List<SyndEntry> entries = new ArrayList<>();
        String link = publicUrl + "/standards/" + standard.id();
        for (StageEvent event : stageHistory.history(standard.id())) {
            String stage = messages.getMessage("stage." + event.to(), null, locale);
            entries.add(AtomFeeds.entry(
                    "urn:stdtrack:stage-event:" + event.id(),
                    messages.getMessage(
                            "feed.stageEvent", new Object[] {standard.title(locale), stage, event.code()}, locale),
                    link,
                    event.time(),
                    event.reason()));
        }
        for (Ballots.Ballot ballot : ballots.ballots(standard.id())) {
            if (ballot.result() != null) {
                entries.add(AtomFeeds.entry(
                        "urn:stdtrack:ballot:" + ballot.id(),
                        messages.getMessage(
                                "feed.ballotResult",
                                new Object[] {
                                    standard.title(locale),
                                    messages.getMessage("ballotResult." + ballot.result(), null, locale)
                                },
                                locale),
                        link,
                        ballot.closedAt(),
                        null));
            }
        }
        for (PromotionEvent event : promotion.promoting(standard.id(), MOST)) {
            entries.add(AtomFeeds.entry(
                    "urn:stdtrack:promotion-event:" + event.id(),
                    messages.getMessage("feed.promotionEvent", new Object[] {event.title()}, locale),
                    link,
                    event.createdAt(),
                    messages.getMessage(
                            "feed.promotionEventText",
                            new Object[] {
                                event.startsAt().toString(), event.place() != null ? event.place() : event.link()
                            },
                            locale)));
        }
        return entries;
    }
}
