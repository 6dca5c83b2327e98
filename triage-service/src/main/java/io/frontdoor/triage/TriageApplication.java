package io.frontdoor.triage;

import io.frontdoor.kernel.process.ExitWithParent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The decisions: one Triage per contact, the threshold engine, deadlines. */
@SpringBootApplication
@org.springframework.boot.context.properties.EnableConfigurationProperties(io.frontdoor.triage.triage.WorkerDirectory.class)
public class TriageApplication {

    public static void main(String[] args) {
        ExitWithParent.watchFromEnvironment();
        SpringApplication.run(TriageApplication.class, args);
    }
}
