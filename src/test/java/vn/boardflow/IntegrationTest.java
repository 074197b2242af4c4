package vn.boardflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test of the whole application against a real database: in-memory H2 by default, PostgreSQL when
 * {@code BOARDFLOW_TEST_DB=postgres}. Every such test shares one Spring context, the demo data and the
 * {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "boardflow.demo-data=true")
@Import(TestClock.class)
@ActiveProfiles(resolver = TestDatabase.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {
}
