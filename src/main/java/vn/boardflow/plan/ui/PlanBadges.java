package vn.boardflow.plan.ui;

import com.vaadin.flow.component.html.Span;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Messages;

/** A plan's status as a coloured label: returned in red, issued in green, the steps between in grey. */
final class PlanBadges {

    private PlanBadges() {
    }

    static String key(PlanStatus status) {
        return "plan.status." + status.name();
    }

    static Span of(PlanStatus status) {
        Badges.Tone tone = switch (status) {
            case RETURNED -> Badges.Tone.ERROR;
            case ISSUED -> Badges.Tone.SUCCESS;
            case DRAFT -> Badges.Tone.NORMAL;
            default -> Badges.Tone.CONTRAST;
        };
        return Badges.of(Messages.text(key(status)), tone);
    }
}
