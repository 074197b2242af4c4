package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.Remedies.RemedyView;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.RecordPage;

/**
 * One remedial task: what the ward must put right and by when, the head's comment if it came back, the
 * evidence. The ward attaches evidence and reports it done; the team head accepts it or sends it back.
 */
@Route("inspections/remedies")
@PermitAll
class RemedyPage extends RecordPage<RemedyView> {

    private final Remedies remedies;
    private final InspectionEvidence evidence;

    RemedyPage(Remedies remedies, InspectionEvidence evidence) {
        super(remedies::find, "remedy.error.notFound");
        this.remedies = remedies;
        this.evidence = evidence;
        addClassName("checklist-form");
    }


    @Override
    protected String show(RemedyView task) {
        String title = getTranslation("remedy.title", task.wardName());
        FlexLayout header = new FlexLayout(RemedyBadges.of(task), new Span(getTranslation("remedy.deadline",
                VietnameseDates.format(task.deadline()))));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, new H3(task.description()),
                new RouterLink(getTranslation("remedy.ofInspection", task.roundTitle(), task.wardName()),
                        ChecklistForm.class, task.wardInspectionId().value()));
        if (task.reviewComment() != null) {
            Div returned = new Div(new Span(getTranslation("remedy.returned", task.reviewComment())));
            returned.addClassName("callout");
            add(returned);
        }
        if (task.reportNote() != null) {
            add(new Paragraph(getTranslation("remedy.reportNote", task.reportNote())));
        }
        add(new H3(getTranslation("remedy.evidence")));
        add(EvidencePanel.ofRemedy(evidence, task.wardInspectionId(), task.id(), evidence.of(task.wardInspectionId()),
                task.mayReport()));
        if (task.mayReport()) {
            TextArea note = new TextArea(getTranslation("remedy.field.note"));
            note.setMaxLength(2000);
            note.setWidthFull();
            Button report = Buttons.primaryWide(Buttons.once(new Button(getTranslation("remedy.report")), () -> {
                if (Actions.run(() -> remedies.report(task.id(), task.version(), note.getValue()), "remedy.reported")) {
                    load(task.id());
                }
            }));
            add(note, report);
        }
        if (task.mayReview()) {
            Button accept = ConfirmDialogs.stepButton(getTranslation("remedy.accept"),
                    getTranslation("remedy.accept.title"), () -> getTranslation("remedy.accept.text", task.description()),
                    () -> Actions.runAndThen(() -> remedies.accept(task.id(), task.version()), "remedy.acceptedNotice",
                            () -> load(task.id())));
            Button sendBack = new Button(getTranslation("remedy.sendBack"), click -> openSendBack(task));
            sendBack.setWidthFull();
            add(accept, sendBack);
        }
        return title;
    }

    private void openSendBack(RemedyView task) {
        TextArea comment = new TextArea(getTranslation("remedy.field.comment"));
        comment.setMaxLength(2000);
        comment.setRequired(true);
        new FormDialog(getTranslation("remedy.sendBack"), getTranslation("remedy.sendBack.confirm"), () -> {
            boolean done = Actions.run(() -> remedies.sendBack(task.id(), task.version(), comment.getValue()),
                    "remedy.sentBack");
            if (done) {
                load(task.id());
            }
            return done;
        }).wide(comment).open();
    }

}
