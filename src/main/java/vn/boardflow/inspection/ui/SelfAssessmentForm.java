package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.InspectionEvidence.EvidenceView;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;

/**
 * The ward scores itself before the visit, when the round asks it to: the same checklist, saved as it is
 * filled, sent once; evidence attached here is there for the team when it comes.
 */
@Route("inspections/self")
@PermitAll
class SelfAssessmentForm extends RecordPage<WardInspectionView> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WardInspections inspections;
    private final InspectionEvidence evidence;
    private final Clock clock;
    private final Span saved = new Span();
    private final String submissionKey = UUID.randomUUID().toString();
    private ScoreSheetEditor sheet;
    private long id;
    private long version;

    SelfAssessmentForm(WardInspections inspections, InspectionEvidence evidence, Clock clock) {
        super(inspections::find, "inspection.error.wardNotFound");
        this.inspections = inspections;
        this.evidence = evidence;
        this.clock = clock;
        addClassName("checklist-form");
    }


    @Override
    protected String show(WardInspectionView view) {
        id = view.id();
        version = view.version();
        String title = getTranslation("inspection.self.title", view.wardName());
        boolean editable = view.self().mayFill();
        String state = view.self().submitted() ? "inspection.self.sent"
                : editable ? "inspection.self.explain" : "inspection.self.lapsed";
        add(new Paragraph(getTranslation(state, VietnameseDates.format(view.date()), view.team())));
        List<EvidenceView> files = evidence.of(view.id());
        sheet = new ScoreSheetEditor(view.checklist(), view.self().scores(), editable, Map.of(),
                criterion -> new EvidencePanel(evidence, view.id(), criterion.code(), null, files.stream()
                        .filter(file -> file.remedyId() == null && criterion.code().equals(file.criterionCode()))
                        .toList(), editable), this::autosave);
        add(sheet);
        if (editable) {
            saved.addClassName("secondary-text");
            Button submit = Buttons.once(new Button(getTranslation("inspection.self.submit")), this::submit);
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setWidthFull();
            add(saved, submit);
        }
        return title;
    }

    private void autosave() {
        Actions.call(() -> inspections.saveSelfAssessment(id, version, sheet.entered())).ifPresent(next -> {
            version = next;
            saved.setText(getTranslation("inspection.form.saved", LocalTime.now(clock).format(TIME)));
        });
    }

    private void submit() {
        Actions.call(() -> inspections.submitSelfAssessment(id, submissionKey, version, sheet.entered()))
                .ifPresent(done -> {
                    Notifications.success(getTranslation("inspection.self.submitted", done.self().total()));
                    load(done.id());
                });
    }

}
