package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.InspectionSchedule.Problem;
import vn.boardflow.inspection.RoundDocuments;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.RoundPlanning;
import vn.boardflow.inspection.RoundStatus;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;

/**
 * One round: its purpose and checklist, and while it is being planned the teams and the wards they visit.
 * Saving keeps the schedule as drafted and lists what still breaks the rules; confirming needs none left.
 */
@Route("inspections")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "INSPECTOR", "CLERK", "ADMIN"})
class RoundPage extends RecordPage<RoundView> {

    private final InspectionRounds rounds;
    private final RoundPlanning planning;
    private final RoundDocuments papers;
    private final ChecklistTemplates templates;
    private final UserDirectory users;
    private final WardInspections wardInspections;
    private final IssuedDocuments documents;
    private final AccessPolicy access;
    private final Div problems = new Div();
    private long version;

    RoundPage(InspectionRounds rounds, RoundPlanning planning, RoundDocuments papers, ChecklistTemplates templates,
              UserDirectory users, WardInspections wardInspections, IssuedDocuments documents, AccessPolicy access) {
        super(id -> RoundId.from(id).flatMap(rounds::find), "inspection.error.roundNotFound");
        this.rounds = rounds;
        this.planning = planning;
        this.papers = papers;
        this.templates = templates;
        this.users = users;
        this.wardInspections = wardInspections;
        this.documents = documents;
        this.access = access;
    }


    @Override
    protected String show(RoundView round) {
        String title = getTranslation(round.period().titleKey(), round.year());
        version = round.version();
        boolean editable = round.status() == RoundStatus.DRAFT && rounds.mayOrganise(round.issuingBodyId());
        FlexLayout header = new FlexLayout(RoundBadges.of(round.status()));
        templates.find(round.templateId()).ifPresent(template -> header.add(new RouterLink(
                getTranslation("inspection.checklistOf", template.checklist().name()), ChecklistPage.class,
                template.id())));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        if (editable) {
            add(detailsForm(round));
        } else if (!round.purpose().isEmpty()) {
            add(new Paragraph(round.purpose()));
        }
        if (round.status() != RoundStatus.DRAFT) {
            boolean drafter = access.can(Role.DRAFTER, round.unitId());
            paper(new Paper(round.planId(), round.planSymbol(), round.planDraft(), "inspection.plan",
                    "inspection.draftPlan", "inspection.planOnRoute"), drafter, () -> papers.draftPlan(round.id()));
            add(new H3(getTranslation("inspection.overview")), overview(round));
            paper(new Paper(round.reportId(), round.reportSymbol(), round.reportDraft(), "inspection.report",
                    "inspection.draftReport", "inspection.reportOnRoute"), drafter, () -> papers.draftReport(round.id()));
        }
        ScheduleEditor editor = new ScheduleEditor(round.schedule(), rounds.wards(round.id()), users, !editable);
        problems.removeAll();
        problems.setVisible(false);
        add(editor, problems);
        if (editable) {
            Button save = Buttons.once(new Button(getTranslation("inspection.saveSchedule")), () ->
                    save(round, editor).ifPresent(found -> Notifications.success(found.isEmpty()
                            ? getTranslation("inspection.scheduleSaved")
                            : getTranslation("inspection.scheduleSavedWithProblems", found.size()))));
            Button confirm = Buttons.once(new Button(getTranslation("inspection.confirmSchedule")), () ->
                    save(round, editor).ifPresent(found -> {
                        if (!found.isEmpty()) {
                            Notifications.error(getTranslation("inspection.scheduleSavedWithProblems", found.size()));
                            return;
                        }
                        ConfirmDialogs.confirmStep(getTranslation("inspection.confirmSchedule.title"),
                                getTranslation("inspection.confirmSchedule.text", editor.schedule().visits().size()),
                                getTranslation("inspection.confirmSchedule"),
                                () -> Actions.runAndThen(() -> planning.confirmSchedule(round.id(), version),
                                        "inspection.scheduleConfirmed", () -> load(round.id().value())));
                    }));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            FlexLayout actions = new FlexLayout(save, confirm);
            actions.addClassName("toolbar");
            add(actions);
        }
        return title;
    }

    /** The draft's checklist, self-assessment and purpose, saved on their own, apart from the schedule. */
    private Div detailsForm(RoundView round) {
        RoundDetailsFields fields = new RoundDetailsFields(templates.availableTo(round.issuingBodyId()),
                templates.find(round.templateId()).orElse(null), round.selfAssessment(), round.purpose());
        Button save = Buttons.once(new Button(getTranslation("inspection.saveDetails")), () -> {
            if (Actions.run(() -> planning.revise(round.id(), version, fields.details()), "inspection.detailsSaved")) {
                version = rounds.find(round.id()).map(RoundView::version).orElse(version);
            }
        });
        fields.checklist.setWidthFull();
        Div form = new Div(fields.checklist, new Div(fields.selfAssessment), fields.purpose, save);
        form.addClassName("round-details");
        form.setWidthFull();
        return form;
    }

    /** Saves what is on screen, so confirming always confirms what the organiser sees; lists what breaks the rules. */
    private Optional<List<Problem>> save(RoundView round, ScheduleEditor editor) {
        return Actions.call(() -> planning.saveSchedule(round.id(), version, editor.schedule())).map(found -> {
            version = rounds.find(round.id()).map(RoundView::version).orElse(version);
            showProblems(found);
            return found;
        });
    }

    /**
     * One of the round's papers, with the message keys of its link: its Word file once issued, its draft while on
     * the route, or, for the body's drafters, the button that drafts it and opens the draft.
     */
    private record Paper(Long documentId, String symbol, DraftId draft, String issuedKey, String draftKey,
                         String onRouteKey) {
    }

    private void paper(Paper paper, boolean drafter, Supplier<DraftId> drafting) {
        if (paper.documentId() != null) {
            add(Downloads.link(getTranslation(paper.issuedKey(), paper.symbol()), () -> {
                DocumentFile file = documents.download(paper.documentId());
                return new Downloads.File(file.fileName(), Downloads.WORD_TYPE, file.bytes());
            }));
        } else if (paper.draft() != null) {
            add(new Anchor("drafts/" + paper.draft(), getTranslation(paper.onRouteKey())));
        } else if (drafter) {
            Button button = Buttons.once(new Button(getTranslation(paper.draftKey())), () -> Actions.call(drafting)
                    .ifPresent(draft -> getUI().ifPresent(ui -> ui.navigate("drafts/" + draft))));
            button.addThemeVariants(ButtonVariant.PRIMARY);
            add(button);
        }
    }

    /** Wards × status, total, rating, minutes and remedial tasks still open or late; a tap opens the checklist. */
    private Grid<WardInspectionView> overview(RoundView round) {
        Grid<WardInspectionView> grid = new Grid<>();
        grid.addClassName("round-overview");
        grid.addColumn(WardInspectionView::wardName).setHeader(getTranslation("inspection.column.ward")).setFlexGrow(2);
        grid.addColumn(ward -> VietnameseDates.format(ward.date())).setHeader(getTranslation("inspection.visit.dateHeader"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WardInspectionView::team).setHeader(getTranslation("inspection.visit.teamHeader")).setAutoWidth(true);
        grid.addComponentColumn(ward -> Badges.of(getTranslation(ward.status().messageKey()),
                        ward.status() == WardStatus.CLOSED ? Badges.Tone.SUCCESS : Badges.Tone.CONTRAST))
                .setHeader(getTranslation("inspection.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ward -> ward.total() == null ? "" : ward.total() + "/" + ward.checklist().maxScore())
                .setHeader(getTranslation("inspection.column.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ward -> ward.rating() == null ? "" : getTranslation(ward.rating().messageKey()))
                .setHeader(getTranslation("inspection.column.rating")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ward -> ward.minutesSymbol() == null ? "" : ward.minutesSymbol())
                .setHeader(getTranslation("inspection.column.minutes")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ward -> ward.remedies().open() == 0 ? new Span()
                        : Badges.of(getTranslation(ward.remedies().overdue() > 0 ? "inspection.remedies.late"
                                : "inspection.remedies.open", ward.remedies().open(), ward.remedies().overdue()),
                        ward.remedies().overdue() > 0 ? Badges.Tone.ERROR : Badges.Tone.NORMAL))
                .setHeader(getTranslation("inspection.column.remedies")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ward -> new RouterLink(getTranslation("inspection.history.open"), WardHistoryView.class,
                ward.wardId().value())).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(wardInspections.ofRound(round.id()));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ChecklistForm.class, click.getItem().id().value())));
        return grid;
    }

    private void showProblems(List<Problem> found) {
        problems.removeAll();
        problems.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        found.forEach(problem -> list.add(new ListItem(getTranslation(problem.messageKey(),
                problem.arguments().toArray()))));
        problems.add(new Span(getTranslation("inspection.problems")), list);
        problems.addClassName("callout-error");
    }

}
