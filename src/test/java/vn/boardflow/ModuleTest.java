package vn.boardflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of one application module, the one of the test's package, started with the modules it depends on
 * and no others, against the test database with the demo organisation and the {@link TestClock}. A test
 * method takes {@code AssertablePublishedEvents} to see the events the module published.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "boardflow.demo-data=true")
@Import(TestClock.class)
@ActiveProfiles(resolver = TestDatabase.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ModuleTest {

    /**
     * Modules nested in the module under test to start with it: it reaches them only through the ports they
     * implement, so they are no dependency of its own, and it cannot run without them.
     */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] nested() default {};
}
