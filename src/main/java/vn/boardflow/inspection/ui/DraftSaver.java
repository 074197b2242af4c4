package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.LongUnaryOperator;
import vn.boardflow.shared.ui.Actions;

/**
 * A score sheet's draft, saved a moment after each change: it keeps the version the next save (or the
 * sending) must name, and shows when it last saved. A refusal (someone else saved first) leaves what was
 * typed on screen.
 */
class DraftSaver extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final LongUnaryOperator save;
    private long version;

    /** @param save saves the sheet as it is on screen over the given version and returns the next one */
    DraftSaver(Clock clock, long version, LongUnaryOperator save) {
        this.clock = clock;
        this.version = version;
        this.save = save;
        addClassName("secondary-text");
    }

    void save() {
        Actions.call(() -> save.applyAsLong(version)).ifPresent(next -> {
            version = next;
            setText(getTranslation("inspection.form.saved", LocalTime.now(clock).format(TIME)));
        });
    }

    long version() {
        return version;
    }
}
