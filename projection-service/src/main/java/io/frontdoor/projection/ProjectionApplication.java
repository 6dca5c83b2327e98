package io.frontdoor.projection;

import io.frontdoor.kernel.process.ExitWithParent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side: views built from the contacts and triage topics, rebuildable from the event log. */
@SpringBootApplication
public class ProjectionApplication {

    public static void main(String[] args) {
        ExitWithParent.watchFromEnvironment();
        SpringApplication.run(ProjectionApplication.class, args);
    }
}
