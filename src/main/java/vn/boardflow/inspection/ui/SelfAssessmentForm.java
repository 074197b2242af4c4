package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.boardflow.inspection.InspectionEvidence.EvidenceView;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardSelfAssessments;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.DraftSaver;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;

/**
 * The ward scores itself before the visit, when the round asks it to: the same checklist, saved as it is
 * filled, sent once; evidence attached here is there for the team when it comes.
 */
@Route("inspections/self")
@PermitAll
class SelfAssessmentForm extends RecordPage<WardInspectionView> {

    private final WardSelfAssessments selfAssessments;
    private final InspectionEvidence evidence;
    private final Clock clock;
    private final String submissionKey = UUID.randomUUID().toString();
    private ScoreSheetEditor sheet;
    private WardInspectionId id;
    private DraftSaver draft;

    SelfAssessmentForm(WardInspections inspections, WardSelfAssessments selfAssessments, InspectionEvidence evidence,
                       Clock clock) {
        super(id -> WardInspectionId.from(id).flatMap(inspections::find), "inspection.error.wardNotFound");
        this.selfAssessments = selfAssessments;
        this.evidence = evidence;
        this.clock = clock;
        addClassName("checklist-form");
    }


    @Override
    protected String show(WardInspectionView view) {
        id = view.id();
        draft = new DraftSaver(clock, view.version(),
                version -> selfAssessments.save(view.id(), version, sheet.entered()));
        String title = getTranslation("inspection.self.title", view.wardName());
        boolean editable = view.self().mayFill();
        String state = view.self().submitted() ? "inspection.self.sent"
                : editable ? "inspection.self.explain"
                : view.self().open() ? "inspection.self.underWay" : "inspection.self.lapsed";
        add(new Paragraph(getTranslation(state, VietnameseDates.format(view.date()), view.team())));
        List<EvidenceView> files = evidence.of(view.id());
        sheet = new ScoreSheetEditor(view.checklist(), view.self().scores(), editable, Map.of(),
                criterion -> EvidencePanel.ofCriterion(evidence, view.id(), criterion.code(), files, editable),
                draft::save);
        add(sheet);
        if (editable) {
            add(draft, ConfirmDialogs.stepButton(getTranslation("inspection.self.submit"),
                    getTranslation("inspection.self.submit.title"),
                    () -> getTranslation("inspection.self.submit.text", view.team()), this::submit));
        }
        return title;
    }

    private void submit() {
        Actions.call(() -> selfAssessments.submit(id, submissionKey, draft.version(), sheet.entered()))
                .ifPresent(done -> {
                    Notifications.success(getTranslation("inspection.self.submitted", done.self().total()));
                    load(done.id().value());
                });
    }

}
