package vn.boardflow.report.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.UnitReports;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;

/** Opens a period of a form by hand, the current one unless another is chosen; units that have theirs keep them. */
final class OpenPeriodDialog {

    private OpenPeriodDialog() {
    }

    static void open(UnitReports reports, ReportFormId formId, PeriodType type, Clock clock,
                     Consumer<ReportPeriod> opened) {
        ReportPeriod current = ReportPeriod.containing(type, LocalDate.now(clock));
        IntegerField year = new IntegerField(Messages.text("report.period.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setValue(current.year());
        year.setStepButtonsVisible(true);
        IntegerField number = new IntegerField(Messages.text("report.period.number." + type.name()));
        number.setMin(1);
        number.setMax(type.periodsPerYear());
        number.setValue(current.number());
        number.setStepButtonsVisible(true);
        number.setVisible(type != PeriodType.YEAR);
        new FormDialog(Messages.text("report.period.open"), Messages.text("report.period.open.confirm"),
                () -> Actions.call(() -> {
                    ReportPeriod period = period(type, year.getValue(), number.getValue());
                    int count = reports.open(formId, period);
                    Notifications.success(Messages.text("report.period.opened", count, period.label()));
                    return period;
                }).map(period -> {
                    opened.accept(period);
                    return true;
                }).orElse(false))
                .fields(year, number).open();
    }

    private static ReportPeriod period(PeriodType type, Integer year, Integer number) {
        try {
            return new ReportPeriod(type, year == null ? 0 : year, number == null ? 0 : number);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("report.error.noSuchPeriod");
        }
    }
}
