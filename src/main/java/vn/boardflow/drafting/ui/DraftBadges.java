package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.html.Span;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Messages;

/** A draft's status as a coloured label: returned in red, issued in green, the steps between in grey. */
final class DraftBadges {

    private DraftBadges() {
    }

    static Span of(DraftStatus status) {
        Badges.Tone tone = switch (status) {
            case RETURNED -> Badges.Tone.ERROR;
            case ISSUED -> Badges.Tone.SUCCESS;
            case DRAFTING, CANCELLED -> Badges.Tone.NORMAL;
            default -> Badges.Tone.CONTRAST;
        };
        return Badges.of(Messages.text(status.messageKey()), tone);
    }
}
