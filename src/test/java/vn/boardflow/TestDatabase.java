package vn.boardflow;

import org.springframework.test.context.ActiveProfilesResolver;

/** Chooses the test database from the environment, so CI runs the same tests on PostgreSQL. */
public class TestDatabase implements ActiveProfilesResolver {

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getenv("BOARDFLOW_TEST_DB"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return isPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
    }
}
