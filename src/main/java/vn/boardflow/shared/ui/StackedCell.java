package vn.boardflow.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A grid cell of lines under each other: a main text, then smaller grey notes, then anything else (badges). */
public final class StackedCell {

    private StackedCell() {
    }

    /** Notes that are {@code null} are left out. */
    public static Div of(String main, String... notes) {
        Div cell = new Div(new Span(main));
        for (String note : notes) {
            if (note != null) {
                Span span = new Span(note);
                span.addClassName("secondary-text");
                cell.add(span);
            }
        }
        cell.addClassName("stacked-cell");
        return cell;
    }

    public static Div of(String main, String note, Component extra) {
        Div cell = of(main, note);
        cell.add(extra);
        return cell;
    }
}
