package org.stdtrack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StdtrackApplication {

    public static void main(String[] args) {
        SpringApplication.run(StdtrackApplication.class, args);
    }
}
