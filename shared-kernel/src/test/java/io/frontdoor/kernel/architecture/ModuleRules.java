package io.frontdoor.kernel.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every module keeps. A module's test applies them all at once:
 * <pre>
 * &#64;AnalyzeClasses(packages = "io.frontdoor.intake", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchTests frontDoor = ArchTests.in(ModuleRules.class);
 * }
 * </pre>
 */
public final class ModuleRules {

    @ArchTest
    public static final ArchRule domain_depends_on_no_web_spring_kafka_or_jackson =
            FrontDoorArchitecture.DOMAIN_DEPENDS_ON_NO_WEB_SPRING_KAFKA_OR_JACKSON;

    @ArchTest
    public static final ArchRule domain_carries_no_published_event = FrontDoorArchitecture.DOMAIN_CARRIES_NO_PUBLISHED_EVENT;

    @ArchTest
    public static final ArchRule no_cycles_between_feature_packages = FrontDoorArchitecture.NO_CYCLES_BETWEEN_FEATURE_PACKAGES;

    @ArchTest
    public static final ArchRule controllers_do_not_touch_persistence = FrontDoorArchitecture.CONTROLLERS_DO_NOT_TOUCH_PERSISTENCE;

    private ModuleRules() {
    }
}
