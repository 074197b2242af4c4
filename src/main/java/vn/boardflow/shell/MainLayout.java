package vn.boardflow.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import vn.boardflow.org.Actor;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.shared.Translations;

/**
 * The frame of every signed-in page. Its menu lists the {@code @Menu} views the user may open, so
 * features add screens without touching the shell; menu titles are bundle keys.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String SUBSTITUTES_ROUTE = "me/substitutes";

    private final H1 viewTitle = new H1();
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final LanguageSwitch languages;
    private final UserAdministration users;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, LanguageSwitch languages,
               UserAdministration users) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.languages = languages;
        this.users = users;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(toggle, viewTitle, spacer, userMenu());

        Div brand = new Div(new Span("BoardFlow"));
        brand.addClassName("drawer-brand");
        addToDrawer(brand, navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu() {
        Actor actor = currentUser.actor();
        Avatar avatar = new Avatar(actor.fullName());
        avatar.addClassName("user-avatar");
        Span name = new Span(actor.fullName());
        name.addClassName("user-name");

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Div chip = new Div(avatar, name);
        chip.addClassName("user-chip");
        MenuItem root = menu.addItem(chip);
        root.setAriaLabel(getTranslation("shell.userMenu"));
        SubMenu sub = root.getSubMenu();
        for (Locale locale : Translations.LOCALES) {
            MenuItem language = sub.addItem(Translations.get(locale, "language.name"),
                    click -> languages.switchTo(locale));
            language.setCheckable(true);
            language.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addSeparator();
        sub.addItem(getTranslation("shell.substitutes"), click -> getUI().ifPresent(ui -> ui.navigate(SUBSTITUTES_ROUTE)));
        sub.addItem(getTranslation("shell.changePassword"), click -> new ChangePasswordDialog(users).open());
        sub.addSeparator();
        sub.addItem(getTranslation("shell.logout"), click -> authentication.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
