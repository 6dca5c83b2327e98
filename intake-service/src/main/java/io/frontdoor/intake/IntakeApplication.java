package io.frontdoor.intake;

import io.frontdoor.kernel.process.ExitWithParent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The way in: contacts from web forms and partner systems are validated, de-duplicated and recorded. */
@SpringBootApplication
public class IntakeApplication {

    public static void main(String[] args) {
        ExitWithParent.watchFromEnvironment();
        SpringApplication.run(IntakeApplication.class, args);
    }
}
