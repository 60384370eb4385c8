package org.stdtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;

/** New passwords are hashed at the configured bcrypt cost; hashes made at another cost still verify. */
class PasswordEncoderTest {

    @Test
    void newPasswordsTakeTheConfiguredCostAndOldHashesStillVerify() {
        PasswordEncoder cheap = SecurityConfig.passwordEncoder(4);
        PasswordEncoder production = SecurityConfig.passwordEncoder(10);

        String hashedAtTen = production.encode("correct horse");
        assertThat(hashedAtTen).startsWith("{bcrypt}$2a$10$");
        assertThat(cheap.encode("correct horse")).startsWith("{bcrypt}$2a$04$");
        assertThat(cheap.matches("correct horse", hashedAtTen)).isTrue();
        assertThat(cheap.matches("wrong horse", hashedAtTen)).isFalse();
    }

    @Test
    void productionKeepsSpringSecuritysDefaultCost() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        assertThat(yaml.getObject().getProperty("stdtrack.security.bcrypt-strength"))
                .isEqualTo("10");
    }
}
