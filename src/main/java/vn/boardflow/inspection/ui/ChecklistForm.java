package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.InspectionEvidence.EvidenceView;
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.FormDialog;
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WardInspections inspections;
    private final InspectionEvidence evidence;
    private final Remedies remedies;
    private final IssuedDocuments documents;
    private final Clock clock;
    private final Span saved = new Span();
    /** One key per opening of the form: a repeated send of the same filling is recognised as one. */
    private final String submissionKey = UUID.randomUUID().toString();
    private ScoreSheetEditor sheet;
    private WardInspectionView inspection;
    private long version;

    ChecklistForm(WardInspections inspections, InspectionEvidence evidence, Remedies remedies,
                  IssuedDocuments documents, Clock clock) {
        super(inspections::find, "inspection.error.wardNotFound");
        this.inspections = inspections;
        this.evidence = evidence;
        this.remedies = remedies;
        this.documents = documents;
        this.clock = clock;
        addClassName("checklist-form");
    }


    @Override
    protected String show(WardInspectionView view) {
        inspection = view;
        version = view.version();
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
                criterion -> evidenceOf(criterion, files, view.mayFill()), this::autosave);
        add(sheet);
        if (view.mayFill()) {
            saved.addClassName("secondary-text");
            add(saved, wide(Buttons.once(new Button(getTranslation("inspection.form.submit")), this::submit)));
        }
        if (view.mayClose()) {
            RemedyDraftsEditor drafts = new RemedyDraftsEditor(remedies.proposals(view.id()), LocalDate.now(clock));
            add(drafts, wide(Buttons.once(new Button(getTranslation("inspection.form.close")), () -> {
                if (Actions.run(() -> inspections.close(view.id(), drafts.drafts()), "inspection.form.closed")) {
                    load(view.id());
                }
            })));
        }
        if (view.mayIssueMinutes()) {
            add(wide(new Button(getTranslation("inspection.form.issueMinutes"), click -> openIssueDialog(view))));
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

    private Component evidenceOf(Criterion criterion, List<EvidenceView> files, boolean mayAttach) {
        return new EvidencePanel(evidence, inspection.id(), criterion.code(), null, files.stream()
                .filter(file -> file.remedyId() == null && criterion.code().equals(file.criterionCode())).toList(),
                mayAttach);
    }

    private static Button wide(Button button) {
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setWidthFull();
        return button;
    }

    private void openIssueDialog(WardInspectionView view) {
        DatePicker issuedOn = DatePickers.create(getTranslation("inspection.form.issuedOn"));
        issuedOn.setValue(LocalDate.now(clock));
        new FormDialog(getTranslation("inspection.form.issueMinutes"), getTranslation("inspection.form.issueMinutes.confirm"),
                () -> Actions.call(() -> inspections.issueMinutes(view.id(), issuedOn.getValue())).map(minutes -> {
                    Notifications.success(getTranslation("inspection.form.minutesIssued", minutes.symbol()));
                    load(view.id());
                    return true;
                }).orElse(false)).wide(issuedOn).open();
    }

    /** A moment after each change; a refusal (another member saved first) leaves what was typed on screen. */
    private void autosave() {
        Actions.call(() -> inspections.saveDraft(inspection.id(), version, entered())).ifPresent(next -> {
            version = next;
            saved.setText(getTranslation("inspection.form.saved", LocalTime.now(clock).format(TIME)));
        });
    }

    private void submit() {
        Actions.call(() -> inspections.submit(inspection.id(), submissionKey, version, entered())).ifPresent(done -> {
            Notifications.success(getTranslation("inspection.form.submitted", done.total(),
                    getTranslation(done.rating().messageKey())));
            load(done.id());
        });
    }

    private Map<String, WardInspections.CriterionScore> entered() {
        return sheet.entered();
    }

}
