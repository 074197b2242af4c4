package vn.boardflow;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Spring Security keeps the context holder strategy in a static field, and every application context
 * with Vaadin installs its own. Tests with several cached contexts therefore point the static field back
 * at the strategy of the context about to run, so that signing in and the method security of the
 * services agree. After each test nobody is signed in any more.
 */
public class SecurityStrategyListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        SecurityContextHolder.clearContext();
    }
}
