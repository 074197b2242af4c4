package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.html.Span;
import vn.boardflow.inspection.RoundStatus;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Messages;

final class RoundBadges {

    private RoundBadges() {
    }

    static Span of(RoundStatus status) {
        Badges.Tone tone = switch (status) {
            case DRAFT -> Badges.Tone.NORMAL;
            case CLOSED -> Badges.Tone.SUCCESS;
            default -> Badges.Tone.CONTRAST;
        };
        return Badges.of(Messages.text(status.messageKey()), tone);
    }
}
