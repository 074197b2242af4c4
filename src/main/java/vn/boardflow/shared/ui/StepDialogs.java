package vn.boardflow.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The dialogs the steps of a route open, the same for every feature: a comment, required to return or
 * cancel; the date to issue on. A step refused by the server leaves its dialog open with what was typed.
 */
public final class StepDialogs {

    /** As long as any comment the services keep. */
    public static final int MAX_COMMENT = 4000;

    private StepDialogs() {
    }

    /**
     * @param label the button's and the dialog's title, already translated
     * @param step  takes the comment; true when it went through, which closes the dialog
     */
    public static Button withComment(String label, boolean commentRequired, Predicate<String> step) {
        return new Button(label, click -> {
            TextArea comment = new TextArea(Messages.text(commentRequired ? "step.comment.required" : "step.comment.optional"));
            comment.setWidthFull();
            comment.setRequiredIndicatorVisible(commentRequired);
            comment.setMaxLength(MAX_COMMENT);
            new FormDialog(label, label, () -> step.test(comment.getValue())).wide(comment).open();
            comment.focus();
        });
    }

    /**
     * @param explanation what issuing does, already translated
     * @param step        takes the date chosen; true when it went through
     */
    public static void issueOn(String title, String explanation, LocalDate today, Predicate<LocalDate> step) {
        DatePicker issuedOn = DatePickers.create(Messages.text("step.issuedOn"));
        issuedOn.setValue(today);
        issuedOn.setRequiredIndicatorVisible(true);
        new FormDialog(title, Messages.text("step.issue.confirm"), () -> step.test(issuedOn.getValue()))
                .wide(new Span(explanation)).wide(issuedOn).open();
    }
}
