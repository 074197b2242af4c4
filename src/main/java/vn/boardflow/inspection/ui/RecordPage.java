package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Optional;

/**
 * A page about one record named in its address (a round, a ward's inspection, a remedial task): it reads
 * the record, shows it, and says so (in its title too) when there is none.
 */
abstract class RecordPage<T> extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private String title = "";

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    /** Reads the record again and redraws the page, as after an action that changed it. */
    protected void load(long id) {
        removeAll();
        Optional<T> found = find(id);
        if (found.isPresent()) {
            title = show(found.get());
        } else {
            title = getTranslation(notFoundKey());
            add(new Span(title));
        }
    }

    protected abstract Optional<T> find(long id);

    /**
     * Adds the record's components.
     *
     * @return the page's title
     */
    protected abstract String show(T record);

    protected abstract String notFoundKey();

    @Override
    public String getPageTitle() {
        return title;
    }
}
