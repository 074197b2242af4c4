package vn.boardflow.shared.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A small coloured label (Lumo badge) for statuses such as "Quá hạn" or "Đã khóa". */
public final class Badges {

    public enum Tone { SUCCESS, ERROR, CONTRAST, NORMAL }

    private Badges() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        String theme = switch (tone) {
            case SUCCESS -> "badge success";
            case ERROR -> "badge error";
            case CONTRAST -> "badge contrast";
            case NORMAL -> "badge";
        };
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }
}
