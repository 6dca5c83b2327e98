package io.frontdoor.web;

import io.frontdoor.kernel.process.ExitWithParent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The browser front end: server-rendered pages for practitioners and managers. It keeps no case data: every page reads
 * the services with the signed-in person's token, and every form is a command to them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        ExitWithParent.watchFromEnvironment();
        SpringApplication.run(WebApplication.class, args);
    }
}
