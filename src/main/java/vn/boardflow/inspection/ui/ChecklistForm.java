package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.inspection.InspectionEvidence.EvidenceView;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.TeamSheets;
import vn.boardflow.inspection.WardInspectionClosing;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardMinutes;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.DraftSaver;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;

/**
 * A ward's checklist as the team fills it on a phone: a score, a note and evidence per criterion, saved as
 * a draft a moment after each change, the running total and rating, and one submission per opening of the
 * form, whatever the number of taps or a connection that drops in between. The head closes it and hands
 * the ward its remedial tasks; the records clerk issues the minutes.
 */
@Route("inspections/wards")
@PermitAll
class ChecklistForm extends RecordPage<WardInspectionView> {

    private final TeamSheets teamSheets;
    private final WardInspectionClosing closing;
    private final WardMinutes minutes;
    private final InspectionEvidence evidence;
    private final Remedies remedies;
    private final IssuedDocuments documents;
    private final Clock clock;
    /** One key per opening of the form: a repeated send of the same filling is recognised as one. */
    private final String submissionKey = UUID.randomUUID().toString();
    private ScoreSheetEditor sheet;
    private WardInspectionView inspection;
    private DraftSaver draft;

    ChecklistForm(WardInspections inspections, TeamSheets teamSheets, WardInspectionClosing closing,
                  WardMinutes minutes, InspectionEvidence evidence, Remedies remedies, IssuedDocuments documents,
                  Clock clock) {
        super(id -> WardInspectionId.from(id).flatMap(inspections::find), "inspection.error.wardNotFound");
        this.teamSheets = teamSheets;
        this.closing = closing;
        this.minutes = minutes;
        this.evidence = evidence;
        this.remedies = remedies;
        this.documents = documents;
        this.clock = clock;
        addClassName("checklist-form");
    }


    @Override
    protected String show(WardInspectionView view) {
        inspection = view;
        draft = new DraftSaver(clock, view.version(),
                version -> teamSheets.saveDraft(view.id(), version, sheet.entered()));
        String title = view.wardName();
        FlexLayout header = new FlexLayout(Badges.of(getTranslation(view.status().messageKey()), Badges.Tone.CONTRAST),
                new Span(getTranslation("inspection.form.visit", VietnameseDates.format(view.date()),
                        getTranslation(view.mode().messageKey()), view.team())));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        if (view.self().asked()) {
            add(new Span(view.self().submitted()
                    ? getTranslation("inspection.form.selfTotal", view.self().total(), view.checklist().maxScore())
                    : getTranslation("inspection.form.selfMissing")));
        }
        List<EvidenceView> files = evidence.of(view.id());
        sheet = new ScoreSheetEditor(view.checklist(), view.scores(), view.mayFill(), view.self().scores(),
                criterion -> EvidencePanel.ofCriterion(evidence, view.id(), criterion.code(), files, view.mayFill()),
                draft::save);
        add(sheet);
        if (view.mayFill()) {
            add(draft, ConfirmDialogs.stepButton(getTranslation("inspection.form.submit"),
                    getTranslation("inspection.form.submit.title"), () -> getTranslation("inspection.form.submit.text"),
                    this::submit));
        }
        if (view.mayClose()) {
            RemedyDraftsEditor drafts = new RemedyDraftsEditor(remedies.proposals(view.id()), LocalDate.now(clock));
            add(drafts, ConfirmDialogs.stepButton(getTranslation("inspection.form.close"),
                    getTranslation("inspection.form.close.title"),
                    () -> getTranslation("inspection.form.close.text", drafts.drafts().size()),
                    () -> Actions.runAndThen(() -> closing.close(view.id(), drafts.drafts()),
                            "inspection.form.closed", () -> load(view.id().value()))));
        }
        if (view.mayIssueMinutes()) {
            add(Buttons.primaryWide(new Button(getTranslation("inspection.form.issueMinutes"),
                    click -> IssueDialog.open(getTranslation("inspection.form.issueMinutes"), clock,
                            issuedOn -> minutes.issue(view.id(), issuedOn), "inspection.form.minutesIssued",
                            () -> load(view.id().value())))));
        }
        if (view.minutesId() != null) {
            long minutesId = view.minutesId();
            add(Downloads.link(getTranslation("inspection.form.minutes", view.minutesSymbol()), () -> {
                DocumentFile file = documents.download(minutesId);
                return new Downloads.File(file.fileName(), Downloads.WORD_TYPE, file.bytes());
            }));
        }
        if (view.status() == WardInspections.WardStatus.CLOSED) {
            add(new RemedyList(remedies.ofInspection(view.id())));
        }
        return title;
    }

    private void submit() {
        Actions.call(() -> teamSheets.submit(inspection.id(), submissionKey, draft.version(), sheet.entered()))
                .ifPresent(done -> {
                    Notifications.success(getTranslation("inspection.form.submitted", done.total(),
                            getTranslation(done.rating().messageKey())));
                    load(done.id().value());
                });
    }
}
