package io.frontdoor.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@ConditionalOnWebApplication
@Import({ProblemAdvice.class, RequestBodyValidation.class, StrictRequestBodies.class, io.frontdoor.platform.apidocs.BearerSecurityScheme.class})
public class ProblemConfiguration {
}
