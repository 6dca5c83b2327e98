package io.frontdoor.triage;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Triage's boundaries: feature packages depend on each other without cycles, the domain (aggregates and their entities,
 * their commands and events, policies, the threshold engine and model) knows nothing of Spring, Kafka, Jackson or the
 * web, and controllers reach the database only through the classes that own it.
 */
@AnalyzeClasses(packages = "io.frontdoor.triage", importOptions = ImportOption.DoNotIncludeTests.class)
class TriageArchitectureTest {

    /** Classes holding an aggregate's state: the aggregate and its entities (they source themselves from its events). */
    static final DescribedPredicate<JavaClass> AGGREGATES_AND_ENTITIES = describe("aggregates and their entities",
            type -> type.isAnnotatedWith(Aggregate.class) || type.getCodeUnits().stream()
                    .anyMatch(unit -> unit.isAnnotatedWith(EventSourcingHandler.class) || unit.isAnnotatedWith(CommandHandler.class)));

    static final List<Class<? extends java.lang.annotation.Annotation>> MESSAGE_HANDLERS =
            List.of(CommandHandler.class, EventSourcingHandler.class, EventHandler.class, DeadlineHandler.class);

    /** Commands and events: the records of a feature's messages class, and any message a handler takes (its first parameter). */
    static final DescribedPredicate<JavaClass> COMMANDS_AND_EVENTS = describe("commands and events",
            type -> type.getEnclosingClass().map(outer -> outer.getSimpleName().matches(".*(Messages|Events|Commands|Milestones)"))
                    .orElse(false)
                    || Stream.concat(type.getMethodsWithParameterTypeOfSelf().stream(), type.getConstructorsWithParameterTypeOfSelf().stream())
                            .anyMatch(handler -> handlesMessages(handler) && handler.getRawParameterTypes().get(0).equals(type)));

    static final DescribedPredicate<JavaClass> POLICIES = simpleNameEndingWith("Policy").as("policies");

    /** The threshold engine and the pack model; loading a pack (YAML, JSON schema) and its web API are not the domain. */
    static final DescribedPredicate<JavaClass> THRESHOLD_ENGINE_AND_MODEL = resideInAPackage("io.frontdoor.triage.threshold..")
            .and(DescribedPredicate.not(resideInAnyPackage("..threshold.web..", "..threshold.loading..")))
            .as("the threshold engine and model");

    static final DescribedPredicate<JavaClass> DOMAIN = AGGREGATES_AND_ENTITIES.or(COMMANDS_AND_EVENTS).or(POLICIES)
            .or(THRESHOLD_ENGINE_AND_MODEL).as("domain classes");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("io.frontdoor.triage.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainDependsOnNoFrameworkNorWeb = noClasses().that(DOMAIN).should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
                    "..web..", "jakarta.servlet..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule controllersTouchNoRepositoryNorJdbc = noClasses()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat(assignableTo(JdbcOperations.class).or(assignableTo(NamedParameterJdbcOperations.class))
                    .or(assignableTo(JdbcClient.class)).or(assignableTo(DataSource.class))
                    .or(assignableTo(org.axonframework.modelling.command.Repository.class)).or(simpleNameEndingWith("Repository"))
                    .as("repositories or JDBC"));

    private static boolean handlesMessages(JavaCodeUnit unit) {
        return MESSAGE_HANDLERS.stream().anyMatch(unit::isAnnotatedWith);
    }
}
