package org.stdtrack.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A real SMTP server (GreenMail) for each shared test context, on a port of its own, started before the
 * application so that {@code spring.mail.*} points at it; a bean of the context, for tests to read what was
 * sent, and stopped with it.
 */
public class MailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port)
                .applyTo(context);
        context.getBeanFactory().registerSingleton("greenMail", mail);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                mail.stop();
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
