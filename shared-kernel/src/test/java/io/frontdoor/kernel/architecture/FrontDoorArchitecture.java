package io.frontdoor.kernel.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;

/**
 * The architecture rules of Front Door, written once. Each module's {@code ArchitectureTest} imports the module's own
 * production classes and applies {@link ModuleRules}; shared-kernel's also applies {@link #KERNEL_DEPENDS_ON_NO_FRAMEWORK}.
 * Names are given as strings, so this class needs none of the frameworks it keeps out.
 */
public final class FrontDoorArchitecture {

    public static final String KERNEL = "io.frontdoor.kernel..";

    /** Feature packages: {@code io.frontdoor.<module>.<feature>..}; classes at a module's root belong to no feature. */
    public static final String FEATURES = "io.frontdoor.*.(*)..";

    static final String[] FRAMEWORKS = {
            "org.springframework..", "org.axonframework..", "tools.jackson..", "com.fasterxml.jackson..",
            "org.apache.kafka..", "jakarta..", "javax.servlet..", "io.swagger..", "org.springdoc.."};

    public static final String[] WEB_SPRING_KAFKA_AND_JACKSON = {
            "org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
            "jakarta.servlet..", "javax.servlet..", "io.swagger..", "org.springdoc..", "io.frontdoor..web.."};

    private static final String AXON_COMMAND = "org.axonframework.modelling.command.";
    private static final String AGGREGATE_ROOT = AXON_COMMAND + "AggregateRoot";
    private static final String ENTITY_ID = AXON_COMMAND + "EntityId";
    private static final String TARGET_AGGREGATE_IDENTIFIER = AXON_COMMAND + "TargetAggregateIdentifier";
    private static final String EVENT_SOURCING_HANDLER = "org.axonframework.eventsourcing.EventSourcingHandler";

    /** An aggregate ({@code @Aggregate} is meta-annotated with {@code @AggregateRoot}) or one of its entities. */
    static final DescribedPredicate<JavaClass> AGGREGATES = describe("aggregates and their entities",
            FrontDoorArchitecture::isAggregateOrEntity);

    static final DescribedPredicate<JavaClass> COMMANDS = describe("commands (naming a @TargetAggregateIdentifier)",
            javaClass -> members(javaClass).anyMatch(member -> member.isMetaAnnotatedWith(TARGET_AGGREGATE_IDENTIFIER)));

    /** What an aggregate sources itself from, and what it makes: its events and the values it answers with. */
    static final DescribedPredicate<JavaClass> EVENTS = describe("events (sourced or made by an aggregate)",
            javaClass -> javaClass.getMethodsWithParameterTypeOfSelf().stream()
                    .anyMatch(method -> method.isMetaAnnotatedWith(EVENT_SOURCING_HANDLER))
                    || javaClass.getConstructorCallsToSelf().stream().anyMatch(call -> isAggregateOrEntity(call.getOriginOwner())));

    static final DescribedPredicate<JavaClass> IN_A_DOMAIN_PACKAGE = describe("value types and policies (in a 'domain' package)",
            javaClass -> javaClass.getPackageName().matches(".*\\.domain(\\..*)?"));

    /**
     * The domain: what Axon's annotations say is an aggregate, entity, command or event, wherever it lives in its
     * feature, and the value types and policies a feature keeps in its {@code domain} package.
     */
    public static final DescribedPredicate<JavaClass> DOMAIN = AGGREGATES.or(COMMANDS).or(EVENTS).or(IN_A_DOMAIN_PACKAGE)
            .as("domain classes (aggregates, entities, commands, events, and what is in a 'domain' package)");

    static final DescribedPredicate<JavaClass> PERSISTENCE = assignableTo("org.springframework.jdbc.core.JdbcOperations")
            .or(assignableTo("org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations"))
            .or(assignableTo("org.springframework.jdbc.core.simple.JdbcClient"))
            .or(assignableTo("org.springframework.data.repository.Repository"))
            .or(assignableTo("org.axonframework.modelling.command.Repository"))
            .or(annotatedWith("org.springframework.stereotype.Repository"))
            .or(assignableTo("javax.sql.DataSource"))
            .or(resideInAnyPackage("java.sql.."))
            .as("repositories, JdbcTemplate, NamedParameterJdbcTemplate, JdbcClient or a DataSource");

    public static final ArchRule KERNEL_DEPENDS_ON_NO_FRAMEWORK = noClasses().that().resideInAPackage(KERNEL)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("every service, and every partner's contract, shares the kernel: it must not tie them to a framework");

    public static final ArchRule DOMAIN_DEPENDS_ON_NO_WEB_SPRING_KAFKA_OR_JACKSON = noClasses().that(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(WEB_SPRING_KAFKA_AND_JACKSON)
            .because("the domain decides; how it is called, stored and sent belongs to the controllers, listeners and publishers around it")
            // a module with no write model (projection, web, platform, auth-server) has no domain class yet
            .allowEmptyShould(true);

    /** The published contracts ({@code *V1}) change by their own rules; what an aggregate records must not be tied to them. */
    public static final ArchRule DOMAIN_CARRIES_NO_PUBLISHED_EVENT = noClasses().that(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("io.frontdoor.kernel.event..")
            .because("internal events are mapped to the published ones at the edge, so either can change without the other")
            .allowEmptyShould(true);

    public static final ArchRule NO_CYCLES_BETWEEN_FEATURE_PACKAGES = slices().matching(FEATURES)
            .namingSlices("feature $1")
            .should().beFreeOfCycles()
            // a module of one package (auth-server) has no feature packages
            .allowEmptyShould(true);

    public static final ArchRule CONTROLLERS_DO_NOT_TOUCH_PERSISTENCE = noClasses()
            .that().areMetaAnnotatedWith("org.springframework.stereotype.Controller")
            .should().dependOnClassesThat(PERSISTENCE)
            .because("a controller asks a query or sends a command; the tables are the business of the class that owns them")
            .allowEmptyShould(true);

    private FrontDoorArchitecture() {
    }

    private static boolean isAggregateOrEntity(JavaClass javaClass) {
        return javaClass.isMetaAnnotatedWith(AGGREGATE_ROOT)
                || javaClass.getFields().stream().anyMatch(field -> field.isMetaAnnotatedWith(ENTITY_ID));
    }

    private static Stream<JavaMember> members(JavaClass javaClass) {
        return Stream.concat(javaClass.getFields().stream(), javaClass.getMethods().stream());
    }
}
