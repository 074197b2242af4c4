package vn.boardflow.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A page about one record named in its address (a plan, a round, a remedial task): it reads
 * the record, shows it, and says so (in its title too) when there is none.
 */
public abstract class RecordPage<T> extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final LongFunction<Optional<T>> finder;
    private final String notFoundKey;
    private String title = "";

    /** @param notFoundKey the message shown, and the title, when there is no such record */
    protected RecordPage(LongFunction<Optional<T>> finder, String notFoundKey) {
        this.finder = finder;
        this.notFoundKey = notFoundKey;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    /** Reads the record again and redraws the page, as after an action that changed it. */
    protected void load(long id) {
        removeAll();
        Optional<T> found = finder.apply(id);
        if (found.isPresent()) {
            title = show(found.get());
        } else {
            title = getTranslation(notFoundKey);
            add(new Span(title));
        }
    }

    /**
     * Adds the record's components.
     *
     * @return the page's title
     */
    protected abstract String show(T record);

    @Override
    public String getPageTitle() {
        return title;
    }
}
