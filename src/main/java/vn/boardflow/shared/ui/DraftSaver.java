package vn.boardflow.shared.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.LongUnaryOperator;

/**
 * A form's draft (a score sheet, a monthly report), saved a moment after each change: it keeps the version the next save (or the
 * sending) must name, and shows when it last saved. A refusal (someone else saved first) leaves what was
 * typed on screen.
 */
public class DraftSaver extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final LongUnaryOperator save;
    private long version;

    /** @param save saves the sheet as it is on screen over the given version and returns the next one */
    public DraftSaver(Clock clock, long version, LongUnaryOperator save) {
        this.clock = clock;
        this.version = version;
        this.save = save;
        addClassName("secondary-text");
    }

    public void save() {
        Actions.call(() -> save.applyAsLong(version)).ifPresent(next -> {
            version = next;
            setText(getTranslation("form.draftSaved", LocalTime.now(clock).format(TIME)));
        });
    }

    public long version() {
        return version;
    }
}
