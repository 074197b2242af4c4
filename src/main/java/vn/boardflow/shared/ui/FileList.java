package vn.boardflow.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Files kept with a record, each a download with its size, and a remove button where the user may remove it. */
public final class FileList {

    /**
     * @param label  what the link says, already translated
     * @param remove asks first and removes the file; {@code null} where the user may not
     */
    public record Entry(String label, long sizeBytes, Supplier<Downloads.File> file, Runnable remove) {
    }

    private FileList() {
    }

    /** @param none what to say when there are no files, already translated */
    public static Div of(List<Entry> entries, String none) {
        Div list = new Div();
        list.addClassName("file-list");
        if (entries.isEmpty()) {
            list.add(new Div(none));
        }
        for (Entry entry : entries) {
            Div row = new Div(Downloads.link(entry.label(), entry.file()), new Span(" (" + size(entry.sizeBytes()) + ")"));
            if (entry.remove() != null) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> entry.remove().run());
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(Messages.text("file.remove", entry.label()));
                row.add(remove);
            }
            list.add(row);
        }
        return list;
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
    }
}
