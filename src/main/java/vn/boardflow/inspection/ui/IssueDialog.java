package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;

/** The records clerk issues one of an inspection's documents: the issue date, today unless changed, then its number. */
final class IssueDialog {

    private IssueDialog() {
    }

    /**
     * @param issuedKey message key of the notice, given the document's symbol
     * @param afterIssue runs once the document is issued, to show the page again with it
     */
    static void open(String title, Clock clock, Function<LocalDate, IssuedDocumentView> issue, String issuedKey,
                     Runnable afterIssue) {
        DatePicker issuedOn = DatePickers.create(Messages.text("inspection.form.issuedOn"));
        issuedOn.setValue(LocalDate.now(clock));
        new FormDialog(title, Messages.text("inspection.issue.confirm"),
                () -> Actions.call(() -> issue.apply(issuedOn.getValue())).map(issued -> {
                    Notifications.success(Messages.text(issuedKey, issued.symbol()));
                    afterIssue.run();
                    return true;
                }).orElse(false)).wide(issuedOn).open();
    }
}
