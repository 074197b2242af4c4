package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist.Group;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Notifications;

/**
 * A ward's checklist as the team fills it on a phone: a score and a note per criterion, saved as a draft a
 * moment after each change, the running total and rating, and one submission per opening of the form,
 * whatever the number of taps or a connection that drops in between.
 */
@Route("inspections/wards")
@PermitAll
class ChecklistForm extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WardInspections inspections;
    private final IssuedDocuments documents;
    private final Clock clock;
    private final Map<String, IntegerField> scores = new LinkedHashMap<>();
    private final Map<String, TextArea> notes = new LinkedHashMap<>();
    private final Span saved = new Span();
    private final Span total = new Span();
    /** One key per opening of the form: a repeated send of the same filling is recognised as one. */
    private final String submissionKey = UUID.randomUUID().toString();
    private WardInspectionView inspection;
    private long version;
    private String title = "";

    ChecklistForm(WardInspections inspections, IssuedDocuments documents, Clock clock) {
        this.inspections = inspections;
        this.documents = documents;
        this.clock = clock;
        addClassName("checklist-form");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    private void load(long id) {
        removeAll();
        scores.clear();
        notes.clear();
        inspections.find(id).ifPresentOrElse(this::show, () -> {
            title = getTranslation("inspection.error.wardNotFound");
            add(new Span(title));
        });
    }

    private void show(WardInspectionView view) {
        inspection = view;
        version = view.version();
        title = view.wardName();
        FlexLayout header = new FlexLayout(Badges.of(getTranslation(view.status().messageKey()), Badges.Tone.CONTRAST),
                new Span(getTranslation("inspection.form.visit", VietnameseDates.format(view.date()),
                        getTranslation(view.mode().messageKey()), view.team())));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        for (Group group : view.checklist().groups()) {
            add(new H3(getTranslation("inspection.form.group", group.title(), group.maxScore())));
            group.criteria().forEach(criterion -> add(criterion(criterion, view)));
        }
        total.addClassName("checklist-total");
        updateTotal();
        add(total);
        if (view.mayFill()) {
            saved.addClassName("secondary-text");
            Button submit = Buttons.once(new Button(getTranslation("inspection.form.submit")), this::submit);
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setWidthFull();
            add(saved, submit);
        }
        if (view.mayIssueMinutes()) {
            Button issue = new Button(getTranslation("inspection.form.issueMinutes"), click -> openIssueDialog(view));
            issue.addThemeVariants(ButtonVariant.PRIMARY);
            issue.setWidthFull();
            add(issue);
        }
        if (view.minutesId() != null) {
            long minutesId = view.minutesId();
            add(Downloads.link(getTranslation("inspection.form.minutes", view.minutesSymbol()), () -> {
                DocumentFile file = documents.download(minutesId);
                return new Downloads.File(file.fileName(), Downloads.WORD_TYPE, file.bytes());
            }));
        }
        if (view.mayClose()) {
            Button close = Buttons.once(new Button(getTranslation("inspection.form.close")), () -> {
                if (Actions.run(() -> inspections.close(view.id()), "inspection.form.closed")) {
                    load(view.id());
                }
            });
            close.addThemeVariants(ButtonVariant.PRIMARY);
            close.setWidthFull();
            add(close);
        }
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

    private Div criterion(Criterion criterion, WardInspectionView view) {
        CriterionScore entry = view.scores().get(criterion.code());
        IntegerField score = new IntegerField(getTranslation("inspection.form.score", criterion.maxScore()));
        score.setMin(0);
        score.setMax(criterion.maxScore());
        score.setStepButtonsVisible(true);
        score.setAriaLabel(getTranslation("inspection.form.scoreOf", criterion.code()));
        score.setValue(entry == null ? null : entry.score());
        TextArea note = new TextArea(getTranslation("inspection.form.note"));
        note.setAriaLabel(getTranslation("inspection.form.noteOf", criterion.code()));
        note.setValue(entry == null ? "" : entry.note());
        note.setMaxLength(2000);
        note.setWidthFull();
        score.setReadOnly(!view.mayFill());
        note.setReadOnly(!view.mayFill());
        score.setValueChangeMode(ValueChangeMode.LAZY);
        note.setValueChangeMode(ValueChangeMode.LAZY);
        score.addValueChangeListener(change -> autosave());
        note.addValueChangeListener(change -> autosave());
        scores.put(criterion.code(), score);
        notes.put(criterion.code(), note);
        Span text = new Span(criterion.code() + ". " + criterion.text());
        text.addClassName("criterion-text");
        Div box = new Div(text);
        if (criterion.evidenceRequired()) {
            box.add(Badges.of(getTranslation("inspection.form.evidenceRequired"), Badges.Tone.NORMAL));
        }
        if (!criterion.guidance().isEmpty()) {
            Span guidance = new Span(criterion.guidance());
            guidance.addClassName("secondary-text");
            box.add(new Div(guidance));
        }
        box.add(score, note);
        box.addClassName("criterion");
        return box;
    }

    /** A moment after each change; a refusal (another member saved first) leaves what was typed on screen. */
    private void autosave() {
        updateTotal();
        Actions.call(() -> inspections.saveDraft(inspection.id(), version, entered())).ifPresent(next -> {
            version = next;
            saved.setText(getTranslation("inspection.form.saved",
                    LocalTime.now(clock).format(TIME)));
        });
    }

    private void submit() {
        Actions.call(() -> inspections.submit(inspection.id(), submissionKey, version, entered())).ifPresent(done -> {
            Notifications.success(getTranslation("inspection.form.submitted", done.total(),
                    getTranslation(done.rating().messageKey())));
            load(done.id());
        });
    }

    private void updateTotal() {
        int sum = scores.values().stream().mapToInt(field -> field.getValue() == null ? 0 : field.getValue()).sum();
        int max = inspection.checklist().maxScore();
        boolean complete = scores.values().stream().allMatch(field -> field.getValue() != null);
        total.setText(complete && sum <= max
                ? getTranslation("inspection.form.totalRated", sum, max,
                getTranslation(inspection.checklist().rate(sum).messageKey()))
                : getTranslation("inspection.form.total", sum, max));
    }

    private Map<String, CriterionScore> entered() {
        Map<String, CriterionScore> entered = new LinkedHashMap<>();
        scores.forEach((code, field) -> entered.put(code, new CriterionScore(field.getValue(), notes.get(code).getValue())));
        return entered;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
