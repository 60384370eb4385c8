package org.stdtrack.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.UserRepository;

/**
 * Sends the outbox: each pending notification is claimed by one node for a while
 * ({@code stdtrack.notifications.claim-for}; a conditional update, so two nodes never both take it), sent in
 * batches over one connection, and marked sent once the mail server accepted it; a failure is retried later
 * with a growing back-off. A node that dies after sending and before marking leaves its claims to expire, and
 * only the batch it had in flight is sent again: nothing is lost, nothing else repeats. Off when no mail
 * server is configured ({@code spring.mail.host}).
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 100;
    private static final Duration LONGEST_BACK_OFF = Duration.ofHours(1);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationRepository repository;
    private final NotificationMessages messages;
    private final UserRepository users;
    private final Clock clock;
    private final String from;
    private final Duration claim;
    private final String node;

    MailDelivery(
            ObjectProvider<JavaMailSender> sender,
            NotificationRepository repository,
            NotificationMessages messages,
            UserRepository users,
            Clock clock,
            @Value("${stdtrack.notifications.from:stdtrack@localhost}") String from,
            @Value("${stdtrack.notifications.claim-for:PT2M}") Duration claim) {
        this.claim = claim;
        this.sender = sender;
        this.repository = repository;
        this.messages = messages;
        this.users = users;
        this.clock = clock;
        this.from = from;
        this.node = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    boolean isEnabled() {
        return sender.getIfAvailable() != null;
    }

    @Scheduled(
            fixedDelayString = "${stdtrack.notifications.delivery-interval:PT5S}",
            initialDelayString = "${stdtrack.notifications.delivery-interval:PT5S}")
    void deliverScheduled() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Mail delivery pass failed; the next pass retries: {}", e.getMessage());
        }
    }

    /** Sends what is due now, batch after batch; returns how many the mail server accepted. */
    int deliverDue() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        int taken;
        do {
            Instant now = clock.instant();
            List<Notification> claimed = new ArrayList<>();
            for (long id : repository.due(now, BATCH)) {
                if (repository.claim(id, node, now, now.plus(claim))) {
                    claimed.add(repository.find(id).orElseThrow());
                }
            }
            taken = claimed.size();
            sent += send(mail, claimed);
        } while (taken > 0);
        return sent;
    }

    /**
     * Sends the claimed notifications over one connection to the mail server (one per message would cost
     * a connection and a greeting each), then marks each as the server answered it.
     */
    private int send(JavaMailSender mail, List<Notification> claimed) {
        Map<MimeMessage, Notification> batch = new LinkedHashMap<>();
        for (Notification notification : claimed) {
            Optional<String> address = users.email(notification.recipient());
            if (address.isEmpty()) {
                repository.markNotSent(notification.id(), node, "no e-mail address");
                continue;
            }
            Locale locale = users.preferredLanguage(notification.recipient())
                    .map(Locale::forLanguageTag)
                    .orElse(Locale.ENGLISH);
            try {
                batch.put(
                        message(
                                mail,
                                address.get(),
                                messages.render(notification, locale),
                                String.valueOf(notification.id())),
                        notification);
            } catch (MessagingException e) {
                failed(notification, e);
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures = Map.of();
        try {
            mail.send(batch.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
        } catch (MailException e) {
            batch.values().forEach(n -> failed(n, e));
            return 0;
        }
        int sent = 0;
        for (var entry : batch.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            if (failure == null) {
                repository.markSent(entry.getValue().id(), node, clock.instant());
                sent++;
            } else {
                failed(entry.getValue(), failure);
            }
        }
        return sent;
    }

    /** Retried later, after a back-off that doubles from 30 seconds up to an hour. */
    private void failed(Notification notification, Exception why) {
        Duration backOff = Duration.ofSeconds(30L << Math.min(notification.attempts(), 10));
        repository.markFailed(
                notification.id(),
                node,
                clock.instant().plus(backOff.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : backOff),
                String.valueOf(why.getMessage()));
    }

    private MimeMessage message(JavaMailSender mail, String to, NotificationMessages.Rendered rendered, String ids)
            throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        message.setHeader("X-Stdtrack-Notification", ids);
        return message;
    }

    @Scheduled(cron = "0 0 ${stdtrack.notifications.digest-hour:8} * * *", zone = "${stdtrack.zone}")
    void digestScheduled() {
        try {
            sendDigests();
        } catch (RuntimeException e) {
            log.warn("Digest pass failed; its notifications wait for the next one: {}", e.getMessage());
        }
    }

    /**
     * Sends each recipient who chose the daily digest one message with everything since the last one. The
     * recipient's notifications are claimed together, so one node sends each digest.
     */
    int sendDigests() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        Instant now = clock.instant();
        for (String recipient : repository.digestRecipients(now)) {
            List<Notification> claimed = repository.claimDigest(recipient, node, now, now.plus(claim));
            Optional<String> address = users.email(recipient);
            if (claimed.isEmpty() || address.isEmpty()) {
                continue;
            }
            Locale locale = users.preferredLanguage(recipient)
                    .map(Locale::forLanguageTag)
                    .orElse(Locale.ENGLISH);
            try {
                mail.send(message(
                        mail,
                        address.get(),
                        messages.digest(claimed, locale),
                        claimed.stream().map(n -> String.valueOf(n.id())).collect(Collectors.joining(","))));
                repository.markDigestSent(recipient, node, clock.instant());
                sent++;
            } catch (MailException | MessagingException e) {
                repository.releaseDigest(recipient, node, String.valueOf(e.getMessage()));
            }
        }
        return sent;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
