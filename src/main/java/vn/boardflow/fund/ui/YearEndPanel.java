package vn.boardflow.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.boardflow.fund.Budgets.BudgetView;
import vn.boardflow.fund.SettlementPapers.Paper;
import vn.boardflow.fund.YearEndReports;
import vn.boardflow.fund.YearEndReports.WardFigures;
import vn.boardflow.fund.YearEndReports.YearEnd;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;

/**
 * A decided budget's year so far: what each ward was given, settled, has on its way and has left; the Báo cáo quyết
 * toán kinh phí drafted from it for the document route, and the same tables as an Excel workbook.
 */
class YearEndPanel extends VerticalLayout {

    YearEndPanel(BudgetView budget, YearEndReports reports, Runnable reload) {
        setPadding(false);
        YearEnd year = reports.of(budget.id());
        add(new H3(Messages.text("yearEnd.title", year.year())));
        add(new Span(Messages.text("yearEnd.sums", year.settled().display(), year.settled().inWords())));
        FlexLayout bar = new FlexLayout();
        bar.addClassName("toolbar");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (year.status() != null) {
            bar.add(Badges.of(Messages.text("yearEnd.status", Messages.text(year.status().messageKey())),
                    year.status().tone()));
        }
        if (budget.editable() && (year.status() == null || year.status().editable())) {
            Button draft = new Button(Messages.text(year.draftId() == null ? "yearEnd.draft" : "yearEnd.redraft"),
                    VaadinIcon.FILE_TEXT_O.create());
            bar.add(Buttons.once(draft, () -> Actions.call(() -> reports.draft(budget.id())).ifPresent(id -> {
                Notifications.success(Messages.text("yearEnd.drafted"));
                reload.run();
            })));
        }
        if (year.draftId() != null) {
            bar.add(new Anchor("drafts/" + year.draftId(), Messages.text("yearEnd.openDraft")));
        }
        if (year.document() != null) {
            bar.add(new Anchor("documents/issued/" + year.document().id(),
                    Messages.text("yearEnd.issued", year.document().symbol())));
        }
        bar.add(Downloads.link(Messages.text("yearEnd.excel"), () -> {
            Paper workbook = reports.spreadsheet(budget.id());
            return new Downloads.File(workbook.fileName(), workbook.contentType(), workbook.content());
        }));
        add(bar);
        Grid<WardFigures> wards = new Grid<>();
        wards.setId("year-end-wards");
        wards.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        wards.setAllRowsVisible(true);
        wards.addColumn(ward -> ward.ward().name()).setHeader(Messages.text("yearEnd.column.ward")).setFlexGrow(2);
        wards.addColumn(ward -> ward.allocated().display()).setHeader(Messages.text("budget.column.allocated"))
                .setAutoWidth(true).setFlexGrow(0);
        wards.addColumn(ward -> ward.settled().display()).setHeader(Messages.text("fund.mine.settled"))
                .setAutoWidth(true).setFlexGrow(0);
        wards.addColumn(ward -> ward.pending().display()).setHeader(Messages.text("fund.mine.pending"))
                .setAutoWidth(true).setFlexGrow(0);
        wards.addColumn(ward -> ward.remaining().display()).setHeader(Messages.text("budget.column.remaining"))
                .setAutoWidth(true).setFlexGrow(0);
        wards.setItems(year.wards());
        wards.setEmptyStateText(Messages.text("yearEnd.empty"));
        add(wards);
    }
}
