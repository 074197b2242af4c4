package vn.boardflow.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Phones get one stacked column instead of many narrow ones: below the breakpoint only the compact
 * column shows, above it only the detailed columns.
 */
public final class ResponsiveGrid {

    public static final int PHONE_BREAKPOINT = 700;

    private ResponsiveGrid() {
    }

    public static <T> void bind(Grid<T> grid, Grid.Column<T> compact, List<Grid.Column<T>> detailed) {
        apply(compact, detailed, false);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details ->
                    apply(compact, detailed, details.getWindowInnerWidth() < PHONE_BREAKPOINT));
            Registration resizing = page.addBrowserWindowResizeListener(resize ->
                    apply(compact, detailed, resize.getWidth() < PHONE_BREAKPOINT));
            grid.addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
    }

    private static <T> void apply(Grid.Column<T> compact, List<Grid.Column<T>> detailed, boolean phone) {
        compact.setVisible(phone);
        detailed.forEach(column -> column.setVisible(!phone));
    }
}
