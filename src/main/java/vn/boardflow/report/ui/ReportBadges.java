package vn.boardflow.report.ui;

import com.vaadin.flow.component.html.Span;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Messages;

/** A report's state as every report screen shows it, late ones marked as such. */
final class ReportBadges {

    private ReportBadges() {
    }

    static Span of(ReportStatus status, boolean late) {
        String text = Messages.text(status.messageKey());
        if (late) {
            return Badges.of(text + " · " + Messages.text("report.late"),
                    status.beingWritten() ? Badges.Tone.ERROR : status.tone());
        }
        return Badges.of(text, status.tone());
    }
}
