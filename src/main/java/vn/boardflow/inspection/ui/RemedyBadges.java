package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.html.Span;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.inspection.Remedies.RemedyView;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Messages;

/** A remedial task's state as a badge: late in red, accepted in green. */
final class RemedyBadges {

    private RemedyBadges() {
    }

    static Span of(RemedyView task) {
        if (task.overdue()) {
            return Badges.of(Messages.text("remedy.overdue"), Badges.Tone.ERROR);
        }
        return Badges.of(Messages.text(task.status().messageKey()),
                task.status() == RemedyStatus.ACCEPTED ? Badges.Tone.SUCCESS : Badges.Tone.NORMAL);
    }
}
