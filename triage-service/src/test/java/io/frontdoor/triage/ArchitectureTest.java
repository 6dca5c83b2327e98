package io.frontdoor.triage;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.frontdoor.kernel.architecture.FrontDoorArchitecture;
import io.frontdoor.kernel.architecture.ModuleRules;

/**
 * Triage keeps the rules every module keeps, and one of its own: the threshold engine and pack model, and the
 * policies that judge decisions and meetings, are domain too, though no Axon annotation marks them.
 */
@AnalyzeClasses(packages = "io.frontdoor.triage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests frontDoor = ArchTests.in(ModuleRules.class);

    @ArchTest
    static final ArchRule threshold_engine_pack_model_and_policies_depend_on_no_web_spring_kafka_or_jackson = noClasses()
            .that(resideInAnyPackage("io.frontdoor.triage.threshold.pack..", "io.frontdoor.triage.threshold.engine..")
                    .or(simpleNameEndingWith("Policy")))
            .should().dependOnClassesThat().resideInAnyPackage(FrontDoorArchitecture.WEB_SPRING_KAFKA_AND_JACKSON)
            .because("the threshold document's rules and the policies decide; loading a pack and serving it are the loader's and the controller's");
}
