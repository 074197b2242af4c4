package vn.boardflow.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportConsolidations;
import vn.boardflow.report.ReportConsolidations.Consolidation;
import vn.boardflow.report.ReportConsolidations.Total;
import vn.boardflow.shared.VietnameseNumbers;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Notifications;

/**
 * A period's consolidation on its page: the totals against the body's targets, the sections gathered from the
 * units for the secretariat to edit, and the body's report drafted from them (asking first when units are still
 * missing), then followed on the document route; the per-unit table downloads as a spreadsheet.
 */
class ConsolidationPanel extends Composite<VerticalLayout> {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportConsolidations consolidations;
    private final Consolidation consolidation;
    private final Runnable reload;
    private final TextField summary = new TextField();
    private final Map<String, TextArea> texts = new LinkedHashMap<>();

    ConsolidationPanel(ReportConsolidations consolidations, Consolidation consolidation, Runnable reload) {
        this.consolidations = consolidations;
        this.consolidation = consolidation;
        this.reload = reload;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("report.consolidation.title")));
        Grid<Total> totals = new Grid<>();
        totals.setAllRowsVisible(true);
        totals.addColumn(total -> total.field().label()).setHeader(getTranslation("report.consolidation.figure"))
                .setFlexGrow(3);
        totals.addColumn(total -> total.target() == null ? "" : VietnameseNumbers.grouped(total.target()))
                .setHeader(getTranslation("report.consolidation.target")).setAutoWidth(true).setFlexGrow(0);
        totals.addColumn(total -> VietnameseNumbers.grouped(total.period()))
                .setHeader(getTranslation("report.consolidation.period")).setAutoWidth(true).setFlexGrow(0);
        totals.addColumn(total -> VietnameseNumbers.grouped(total.cumulative()))
                .setHeader(getTranslation("report.consolidation.cumulative")).setAutoWidth(true).setFlexGrow(0);
        totals.addColumn(total -> total.percent() == null ? "" : total.percent() + "%")
                .setHeader(getTranslation("report.consolidation.percent")).setAutoWidth(true).setFlexGrow(0);
        totals.setItems(consolidation.totals());
        layout.add(totals, Downloads.link(getTranslation("report.consolidation.spreadsheet"), () -> {
            ReportConsolidations.Spreadsheet sheet = consolidations.spreadsheet(consolidation.formId(),
                    consolidation.period());
            return new Downloads.File(sheet.fileName(), XLSX, sheet.bytes());
        }));
        if (!consolidation.missing().isEmpty()) {
            Span missing = new Span(getTranslation("report.consolidation.missing", String.join(", ", consolidation.missing())));
            missing.addClassName("field-warning");
            layout.add(missing);
        }
        if (consolidation.issued() != null) {
            layout.add(new Span(getTranslation("report.consolidation.issued", consolidation.issued())));
            return;
        }
        summary.setLabel(getTranslation("report.consolidation.summary"));
        summary.setWidthFull();
        summary.setMaxLength(DraftContent.MAX_SUMMARY);
        summary.setRequiredIndicatorVisible(true);
        summary.setValue(consolidation.summary());
        layout.add(summary);
        for (FormField section : consolidation.sections()) {
            TextArea text = new TextArea(section.label());
            text.setWidthFull();
            text.setValue(consolidation.texts().getOrDefault(section.key(), ""));
            texts.put(section.key(), text);
            layout.add(text);
        }
        Button draft = consolidation.missing().isEmpty()
                ? new Button(label(), click -> draft(false))
                : ConfirmDialogs.stepButton(label(), getTranslation("report.consolidation.withoutMissing.title"),
                        () -> getTranslation("report.consolidation.withoutMissing.text", consolidation.missing().size(),
                                String.join(", ", consolidation.missing())), () -> draft(true));
        layout.add(Buttons.primaryWide(draft));
        if (consolidation.draftId() != null) {
            layout.add(new Anchor("drafts/" + consolidation.draftId(), getTranslation("report.consolidation.openDraft")));
        }
    }

    private String label() {
        return getTranslation(consolidation.draftId() == null ? "report.consolidation.draft"
                : "report.consolidation.redraft");
    }

    private void draft(boolean withoutMissing) {
        Map<String, String> written = new HashMap<>();
        texts.forEach((key, area) -> written.put(key, area.getValue()));
        Actions.call(() -> consolidations.draft(consolidation.formId(), consolidation.period(), summary.getValue(),
                written, withoutMissing)).ifPresent(draftId -> {
                    Notifications.success(getTranslation("report.consolidation.drafted"));
                    reload.run();
                });
    }
}
