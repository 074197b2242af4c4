package vn.boardflow.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.UUID;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.report.UnitReports.HistoryStep;
import vn.boardflow.report.UnitReports.UnitReportView;
import vn.boardflow.report.UnitReports;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.DraftSaver;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;
import vn.boardflow.shared.ui.StepDialogs;

/**
 * A unit's report of a period, the page its entry and acceptance steps open: the ward officer enters the figures
 * and sections on a phone, each saved a moment after it is typed, with the target, the cumulative and the checks'
 * findings beside them, and sends it once per opening of the page; the secretariat returns it with a comment,
 * accepts it, or reopens it for a correction.
 */
@Route("reports")
@PermitAll
class UnitReportPage extends RecordPage<UnitReportView> {

    private final UnitReports reports;
    private final Clock clock;
    /** One key per opening of the page: a repeated send of the same report is recognised as one. */
    private final String submissionKey = UUID.randomUUID().toString();
    private FiguresEditor editor;
    private FindingsList findings;
    private DraftSaver draft;

    UnitReportPage(UnitReports reports, Clock clock) {
        super(id -> UnitReportId.from(id).flatMap(reports::find), "report.error.notFound");
        this.reports = reports;
        this.clock = clock;
        addClassName("report-page");
    }

    @Override
    protected String show(UnitReportView report) {
        FlexLayout header = new FlexLayout(ReportBadges.of(report.status(), report.late()),
                new Span(getTranslation("report.page.period", report.period().label(), report.formName())));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (report.followsPeriod()) {
            header.add(new RouterLink(getTranslation("report.page.wholePeriod", report.period().label()),
                    ReportPeriodPage.class, ReportPeriodPage.parameter(report.formId(), report.period())));
        }
        add(header, new Span(getTranslation("report.page.deadlines",
                VietnameseDates.format(report.deadlines().dueOn()),
                VietnameseDates.format(report.deadlines().onTimeUntil()),
                VietnameseDates.format(report.deadlines().locksOn()))));
        if (report.returnComment() != null) {
            Div returned = new Div(new Span(getTranslation("report.page.returned", report.returnComment())));
            returned.addClassName("callout-error");
            add(returned);
        }
        if (report.locked()) {
            Div locked = new Div(new Span(getTranslation("report.error.locked")));
            locked.addClassName("callout-error");
            add(locked);
        }
        findings = new FindingsList(report.findings());
        editor = new FiguresEditor(report, () -> draft.save());
        draft = new DraftSaver(clock, report.version(), version -> {
            UnitReportView saved = reports.save(report.id(), version, editor.entered());
            editor.show(saved.figures());
            findings.show(saved.findings());
            return saved.version();
        });
        add(editor);
        if (report.editable()) {
            Button send = ConfirmDialogs.stepButton(getTranslation("report.page.submit"),
                    getTranslation("report.page.submit.title"), () -> getTranslation("report.page.submit.text"),
                    () -> Actions.call(() -> reports.submit(report.id(), submissionKey, draft.version(), editor.entered(),
                            findings.confirmed())).ifPresent(sent -> {
                                Notifications.success(getTranslation("report.page.submitted"));
                                load(sent.id().value());
                            }));
            add(findings, draft, Buttons.primaryWide(send));
        }
        if (report.mayAccept()) {
            add(ConfirmDialogs.stepButton(getTranslation("report.page.accept"), getTranslation("report.page.accept"),
                            () -> getTranslation("report.page.accept.text", report.unitName(), report.period().label()),
                            () -> Actions.runAndThen(() -> reports.accept(report.id()), "report.page.accepted",
                                    () -> load(report.id().value()))),
                    StepDialogs.withComment(getTranslation("report.page.return"), true,
                            comment -> Actions.runAndThen(() -> reports.returnToUnit(report.id(), comment),
                                    "report.page.returnedDone", () -> load(report.id().value()))));
        }
        if (report.mayReopen()) {
            add(StepDialogs.withComment(getTranslation("report.page.reopen"), true,
                    reason -> Actions.runAndThen(() -> reports.reopen(report.id(), reason), "report.page.reopened",
                            () -> load(report.id().value()))));
        }
        add(new H3(getTranslation("report.page.history")));
        for (HistoryStep step : report.history()) {
            Div line = new Div(new Span(getTranslation("report.page.historyLine", VietnameseDates.format(step.at()),
                    step.actorName() == null ? getTranslation("report.page.byTimer") : step.actorName(),
                    getTranslation(step.messageKey()))));
            line.addClassName("comment");
            if (step.comment() != null) {
                Span comment = new Span(step.comment());
                comment.addClassName("comment-text");
                line.add(new Div(comment));
            }
            add(line);
        }
        return report.unitName() + " · " + report.period().label();
    }
}
