package vn.boardflow.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.DistributionLists.DistributionListView;
import vn.boardflow.document.Recipient;
import vn.boardflow.shared.ui.Messages;

/**
 * "Nơi nhận" of the plan: recipients added from the body's named lists or typed in, each removable.
 * Units in the system are marked, since they will find the plan among their incoming documents.
 */
class RecipientsEditor extends VerticalLayout {

    private final boolean readOnly;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Recipient> recipients = new ArrayList<>();

    RecipientsEditor(List<Recipient> initial, List<DistributionListView> lists, boolean readOnly) {
        this.readOnly = readOnly;
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        add(rows);
        initial.forEach(this::addRecipient);
        if (readOnly) {
            return;
        }
        Select<DistributionListView> fromList = new Select<>();
        fromList.setLabel(Messages.text("plan.recipients.fromList"));
        fromList.setItems(lists);
        fromList.setItemLabelGenerator(list -> list == null ? Messages.text("plan.recipients.chooseList") : list.name());
        fromList.setEmptySelectionAllowed(true);
        fromList.setEmptySelectionCaption(Messages.text("plan.recipients.chooseList"));
        fromList.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                change.getValue().recipients().forEach(this::addRecipient);
                fromList.clear();
            }
        });
        TextField outside = new TextField(Messages.text("plan.recipients.outside"));
        outside.setPlaceholder(Messages.text("plan.recipients.outside.placeholder"));
        Button add = new Button(Messages.text("plan.recipients.add"), VaadinIcon.PLUS.create(), click -> {
            if (!outside.getValue().isBlank()) {
                addRecipient(Recipient.outside(outside.getValue()));
                outside.clear();
                outside.focus();
            }
        });
        HorizontalLayout adding = new HorizontalLayout(fromList, outside, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        add(adding);
    }

    private void addRecipient(Recipient recipient) {
        boolean already = recipients.stream().anyMatch(existing -> existing.label().equals(recipient.label()));
        if (already) {
            return;
        }
        recipients.add(recipient);
        Span label = new Span("- " + recipient.label() + ";");
        HorizontalLayout row = new HorizontalLayout(label);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (recipient.isUnit()) {
            Span unit = new Span(Messages.text("plan.recipients.inSystem"));
            unit.getElement().getThemeList().addAll(List.of("badge", "contrast", "small"));
            row.add(unit);
        }
        if (!readOnly) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                recipients.remove(recipient);
                rows.remove(row);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(Messages.text("plan.recipients.remove", recipient.label()));
            row.add(remove);
        }
        rows.add(row);
    }

    List<Recipient> recipients() {
        return List.copyOf(recipients);
    }
}
