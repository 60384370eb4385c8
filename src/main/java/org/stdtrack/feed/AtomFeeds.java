package org.stdtrack.feed;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** Atom documents as every feed of the tracker writes them (ROME): the signed-in feeds and the public catalogue's. */
public final class AtomFeeds {

    /** The most entries a feed carries, newest first. */
    public static final int MOST = 200;

    private AtomFeeds() {}

    /** An entry: its id (a URN), title, link, time and plain text (or none). */
    public static SyndEntry entry(String id, String title, String link, Instant at, String text) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id);
        entry.setTitle(title);
        entry.setLink(link);
        entry.setPublishedDate(Date.from(at));
        entry.setUpdatedDate(Date.from(at));
        if (text != null) {
            SyndContentImpl content = new SyndContentImpl();
            content.setType("text/plain");
            content.setValue(text);
            entry.setDescription(content);
        }
        return entry;
    }

    /** An Atom 1.0 document of the newest entries (at most {@value #MOST}). */
    public static String atom(String id, String title, String link, List<SyndEntry> entries) {
        List<SyndEntry> newest = entries.stream()
                .sorted(Comparator.comparing(SyndEntry::getUpdatedDate).reversed())
                .limit(MOST)
                .toList();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(id);
        feed.setTitle(title);
        feed.setLink(link);
        feed.setPublishedDate(newest.isEmpty() ? new Date(0) : newest.get(0).getUpdatedDate());
        feed.setEntries(newest);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }
}
