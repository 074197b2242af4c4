package vn.boardflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ClassUtils;

/**
 * A browserless UI test: the real views and services in a faked servlet environment. The faked
 * request reads the user from Spring Security, as the security filter would, so {@code @RolesAllowed}
 * and the login redirect behave as in production.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserDetailsService userDetails;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /**
     * Karibu's own discovery sees only public classes, and our views are package-private, so Spring's
     * scanner finds them instead; the {@code @Layout} goes along so views get the main layout, and our
     * error pages (a page the user may not open) replace Karibu's, so tests see what users see.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Set<Class<? extends Component>> views = new HashSet<>();
        scan(new AnnotationTypeFilter(Route.class), new AnnotationTypeFilter(Layout.class))
                .forEach(type -> views.add((Class<? extends Component>) type));
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        scan(new AssignableTypeFilter(HasErrorParameter.class))
                .forEach(type -> errorViews.add((Class<? extends HasErrorParameter<?>>) type));
        errorViews.add(MockRouteNotFoundError.class);
        return new Routes(views, errorViews, true);
    }

    private static List<Class<?>> scan(TypeFilter... filters) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        Arrays.stream(filters).forEach(scanner::addIncludeFilter);
        return scanner.findCandidateComponents("vn.boardflow").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null)).toList();
    }

    /**
     * Types a value into a field as a user would: the field must be visible and enabled. (Karibu's own
     * {@code _setValue} calls a Vaadin method that Vaadin 25 no longer has.)
     */
    protected static <V> void fill(HasValue<?, V> field, V value) {
        Component component = (Component) field;
        assertThat(component.isVisible()).as("visible: %s", component).isTrue();
        assertThat(field.isReadOnly()).as("editable: %s", component).isFalse();
        assertThat(component.getElement().isEnabled()).as("enabled: %s", component).isTrue();
        field.setValue(value);
    }

    /** Answers the open confirmation dialog as a tap on its confirm button would; returns what it asked. */
    protected static String confirm() {
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        String question = ConfirmDialogKt._getText(dialog);
        ConfirmDialogKt._fireConfirm(dialog);
        return question;
    }

    protected void loginAs(String username) {
        Logins.as(userDetails, username);
    }

    private static final class SecurityAwareRequest extends FakeRequest {

        SecurityAwareRequest(jakarta.servlet.http.HttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
        }
    }
}
