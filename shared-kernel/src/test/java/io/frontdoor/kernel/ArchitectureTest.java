package io.frontdoor.kernel;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.frontdoor.kernel.architecture.FrontDoorArchitecture;
import io.frontdoor.kernel.architecture.ModuleRules;

@AnalyzeClasses(packages = "io.frontdoor.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule kernel_depends_on_no_framework = FrontDoorArchitecture.KERNEL_DEPENDS_ON_NO_FRAMEWORK;

    @ArchTest
    static final ArchTests frontDoor = ArchTests.in(ModuleRules.class);
}
