package io.frontdoor.auth;

import io.frontdoor.kernel.process.ExitWithParent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The local stack's authorization server (Spring Authorization Server) with the {@link DemoDirectory} identities.
 * Never part of a production deployment: there the services trust the partnership's OIDC provider, and this
 * application refuses to start under a production profile.
 */
@SpringBootApplication
public class AuthServerApplication {

    public static void main(String[] args) {
        ExitWithParent.watchFromEnvironment();
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
