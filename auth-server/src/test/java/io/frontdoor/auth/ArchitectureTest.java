package io.frontdoor.auth;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.frontdoor.kernel.architecture.ModuleRules;

@AnalyzeClasses(packages = "io.frontdoor.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests frontDoor = ArchTests.in(ModuleRules.class);
}
