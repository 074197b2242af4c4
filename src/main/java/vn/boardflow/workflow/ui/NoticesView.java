package vn.boardflow.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.StackedCell;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.Notices.NoticeView;

/** Thông báo: reminders, escalations and news about the user's work; opening one marks it read and goes to it. */
@Route("notices")
@PermitAll
@Menu(title = "nav.notices", order = 11, icon = "vaadin:bell")
class NoticesView extends VerticalLayout implements HasDynamicTitle {

    private final Notices notices;
    private final Grid<NoticeView> grid = new Grid<>();

    NoticesView(Notices notices) {
        this.notices = notices;
        setSizeFull();
        Button allRead = new Button(getTranslation("notice.markAllRead"),
                click -> Actions.runAndThen(notices::markAllRead, "notice.allMarkedRead", this::refresh));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(notice -> StackedCell.of(getTranslation(notice.messageKey(),
                        notice.arguments().toArray()), VietnameseDates.format(notice.createdAt())))
                .setHeader(getTranslation("notice.column.text")).setFlexGrow(4);
        grid.addComponentColumn(notice -> notice.unread()
                        ? Badges.of(getTranslation("notice.unread"), Badges.Tone.ERROR)
                        : Badges.of(getTranslation("notice.read"), Badges.Tone.CONTRAST))
                .setHeader(getTranslation("notice.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(notice -> notice.unread() ? "unread" : null);
        grid.setEmptyStateText(getTranslation("notice.empty"));
        grid.addItemClickListener(click -> open(click.getItem()));
        add(allRead, grid);
        refresh();
    }

    private void open(NoticeView notice) {
        if (Actions.run(() -> notices.markRead(notice.id())) && notice.link() != null) {
            getUI().ifPresent(ui -> ui.navigate(notice.link()));
        } else {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(query -> notices.mine(query.getOffset(), query.getLimit()).stream(), query -> notices.countMine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices");
    }
}
