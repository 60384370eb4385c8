package org.stdtrack.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stdtrack.problem.ApiException;

/** Where a hook may point, and the signature a receiver checks. */
class WebhookAddressesTest {

    private final WebhookAddresses publicOnly = new WebhookAddresses(false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.1/hook",
                "http://192.168.1.10/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1]/hook",
                "http://224.0.0.1/hook",
                "ftp://example.org/hook",
                "file:///etc/passwd",
                "http://user:secret@8.8.8.8/hook",
                "not an address"
            })
    void anAddressOnThisHostOrAPrivateNetworkIsRefused(String url) {
        assertThatThrownBy(() -> publicOnly.checked(url)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(422);
            assertThat(e.field()).isEqualTo("url");
        });
    }

    @Test
    void aPublicAddressIsTakenAndAnInstallationMayAllowItsOwnNetwork() {
        assertThat(publicOnly.checked("https://8.8.8.8/hooks/stdtrack").getHost())
                .isEqualTo("8.8.8.8");
        assertThat(new WebhookAddresses(true)
                        .checked("http://127.0.0.1:9000/hook")
                        .getPort())
                .isEqualTo(9000);
    }

    @Test
    void theSignatureIsHmacSha256OfTheBodyWithTheSecret() {
        // RFC 4231, test case 2.
        assertThat(WebhookSender.signature("what do ya want for nothing?", "Jefe"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
