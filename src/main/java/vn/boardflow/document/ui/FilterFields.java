package vn.boardflow.document.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.boardflow.document.DocumentType;
import vn.boardflow.shared.ui.Messages;

/** The year, type and accent-free search that the document lists and the register filter by. */
final class FilterFields {

    final IntegerField year = new IntegerField(Messages.text("register.filter.year"));
    final Select<DocumentType> type = new Select<>();
    final TextField search = new TextField(Messages.text("register.filter.search"));

    /** @param year the year shown first, or {@code null} for every year */
    FilterFields(Integer year, Runnable onChange) {
        this.year.setValue(year);
        this.year.setStepButtonsVisible(true);
        this.year.setClearButtonVisible(true);
        this.year.setPlaceholder(Messages.text("register.filter.allYears"));
        type.setLabel(Messages.text("register.filter.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> t == null ? Messages.text("register.filter.allTypes") : Messages.text(t.messageKey()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(Messages.text("register.filter.allTypes"));
        search.setPlaceholder(Messages.text("register.filter.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        this.year.addValueChangeListener(change -> onChange.run());
        type.addValueChangeListener(change -> onChange.run());
        search.addValueChangeListener(change -> onChange.run());
    }
}
