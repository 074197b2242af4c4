package vn.boardflow.report.ui;

import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Function;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.ui.Messages;

/**
 * A box that narrows a grid's rows to those whose text holds every word typed, in any order, accents and case
 * aside: "phu cuong 12" finds Phường Phú Cường's report of tháng 12.
 */
final class GridSearch {

    private GridSearch() {
    }

    static <T> TextField of(GridListDataView<T> rows, String placeholderKey, Function<T, String> text) {
        TextField search = new TextField();
        search.setPlaceholder(Messages.text(placeholderKey));
        search.setAriaLabel(Messages.text(placeholderKey));
        search.setWidth("min(20rem, 100%)");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> {
            List<String> words = TextFolding.words(change.getValue());
            rows.setFilter(row -> {
                String folded = TextFolding.fold(text.apply(row));
                return words.stream().allMatch(folded::contains);
            });
        });
        return search;
    }
}
