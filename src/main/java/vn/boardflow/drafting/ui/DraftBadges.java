package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.html.Span;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Messages;

/** A draft's status as a coloured label. */
final class DraftBadges {

    private DraftBadges() {
    }

    static Span of(DraftStatus status) {
        return Badges.of(Messages.text(status.messageKey()), status.tone());
    }
}
