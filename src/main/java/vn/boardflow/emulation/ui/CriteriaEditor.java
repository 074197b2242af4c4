package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.CriterionKind;
import vn.boardflow.emulation.ScoreSource;

/**
 * The criteria of an agreement being drawn up, one row each: code, title, kind, where its score comes from, its
 * maximum and weight. Rows are added and removed; the agreement checks them when it is saved.
 */
class CriteriaEditor extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    CriteriaEditor(List<AgreementCriterion> offered) {
        list.setPadding(false);
        list.setSpacing(false);
        Button add = new Button(getTranslation("emulation.criterion.add"), VaadinIcon.PLUS.create(),
                click -> add(null));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        offered.forEach(this::add);
        getContent().setPadding(false);
        getContent().add(list, add);
    }

    List<AgreementCriterion> value() {
        return rows.stream().map(Row::criterion).toList();
    }

    private void add(AgreementCriterion criterion) {
        Row row = new Row(criterion);
        rows.add(row);
        list.add(row.layout);
    }

    private final class Row {

        private final TextField code = new TextField();
        private final TextField title = new TextField();
        private final Select<CriterionKind> kind = new Select<>();
        private final Select<ScoreSource> source = new Select<>();
        private final BigDecimalField max = new BigDecimalField();
        private final BigDecimalField weight = new BigDecimalField();
        private final HorizontalLayout layout = new HorizontalLayout();

        Row(AgreementCriterion criterion) {
            code.setLabel(getTranslation("emulation.criterion.code"));
            code.setWidth("5rem");
            code.setMaxLength(10);
            title.setLabel(getTranslation("emulation.criterion.title"));
            title.setMaxLength(500);
            kind.setLabel(getTranslation("emulation.criterion.kind"));
            kind.setItems(CriterionKind.values());
            kind.setItemLabelGenerator(each -> getTranslation(each.messageKey()));
            source.setLabel(getTranslation("emulation.criterion.source"));
            source.setItems(ScoreSource.values());
            source.setItemLabelGenerator(each -> getTranslation(each.messageKey()));
            max.setLabel(getTranslation("emulation.criterion.max"));
            max.setWidth("6rem");
            weight.setLabel(getTranslation("emulation.criterion.weight"));
            weight.setWidth("5rem");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                list.remove(layout);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("emulation.criterion.remove"));
            if (criterion != null) {
                code.setValue(criterion.code());
                title.setValue(criterion.title());
                kind.setValue(criterion.kind());
                source.setValue(criterion.source());
                max.setValue(criterion.maxScore());
                weight.setValue(criterion.weight());
            } else {
                kind.setValue(CriterionKind.SCORED);
                source.setValue(ScoreSource.MANUAL);
                weight.setValue(BigDecimal.ONE);
            }
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.getStyle().set("flex-wrap", "wrap");
            layout.add(code, title, kind, source, max, weight, remove);
            layout.setFlexGrow(1, title);
        }

        AgreementCriterion criterion() {
            return new AgreementCriterion(code.getValue(), title.getValue(), kind.getValue(), source.getValue(),
                    max.getValue(), weight.getValue());
        }
    }
}
