package vn.boardflow.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.boardflow.shared.ContentChanges.Change;
import vn.boardflow.shared.ContentChanges;

/** What changed between two versions, before and after, with a line saying which two (or that there is nothing yet). */
public class ChangesTable extends VerticalLayout {

    /**
     * @param explanation the line above the changes, already translated
     * @param none        what to say when there is nothing to compare, already translated
     */
    public ChangesTable(List<Change> changes, String explanation, String none) {
        setPadding(false);
        if (changes.isEmpty()) {
            add(new Paragraph(none));
            return;
        }
        Grid<Change> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(change -> Messages.text("changes.area." + change.area())).setHeader(Messages.text("changes.area"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangesTable::what).setHeader(Messages.text("changes.what")).setFlexGrow(1);
        grid.addColumn(Change::before).setHeader(Messages.text("changes.before")).setFlexGrow(2);
        grid.addColumn(Change::after).setHeader(Messages.text("changes.after")).setFlexGrow(2);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        add(new Paragraph(explanation), grid);
    }

    private static String what(Change change) {
        return change.area().equals(ContentChanges.LINES)
                ? Messages.text("changes.lines", Messages.text(change.what()), change.lines())
                : Messages.text(change.what());
    }
}
