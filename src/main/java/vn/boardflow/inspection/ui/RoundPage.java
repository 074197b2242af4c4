package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.inspection.InspectionSchedule.Problem;
import vn.boardflow.inspection.RoundStatus;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.Notifications;

/**
 * One round: its purpose and checklist, and while it is being planned the teams and the wards they visit.
 * Saving keeps the schedule as drafted and lists what still breaks the rules; confirming needs none left.
 */
@Route("inspections")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "INSPECTOR", "ADMIN"})
class RoundPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final InspectionRounds rounds;
    private final ChecklistTemplates templates;
    private final UserDirectory users;
    private final Div problems = new Div();
    private String title = "";
    private long version;

    RoundPage(InspectionRounds rounds, ChecklistTemplates templates, UserDirectory users) {
        this.rounds = rounds;
        this.templates = templates;
        this.users = users;
    }

    @Override
    public void setParameter(BeforeEvent event, Long roundId) {
        load(roundId);
    }

    private void load(long roundId) {
        removeAll();
        rounds.find(roundId).ifPresentOrElse(this::show, () -> {
            title = getTranslation("inspection.error.roundNotFound");
            add(new Span(title));
        });
    }

    private void show(RoundView round) {
        title = getTranslation("inspection.round.title", getTranslation(round.period().messageKey()), round.year());
        version = round.version();
        boolean editable = round.status() == RoundStatus.DRAFT && rounds.mayOrganise(round.issuingBodyId());
        FlexLayout header = new FlexLayout(RoundBadges.of(round.status()));
        templates.find(round.templateId()).ifPresent(template -> header.add(new Span(
                getTranslation("inspection.checklistOf", template.checklist().name()))));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        if (!round.purpose().isEmpty()) {
            add(new Paragraph(round.purpose()));
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
                        } else if (Actions.run(() -> rounds.confirmSchedule(round.id(), version),
                                "inspection.scheduleConfirmed")) {
                            load(round.id());
                        }
                    }));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            FlexLayout actions = new FlexLayout(save, confirm);
            actions.addClassName("toolbar");
            add(actions);
        }
    }

    /** Saves what is on screen, so confirming always confirms what the organiser sees; lists what breaks the rules. */
    private Optional<List<Problem>> save(RoundView round, ScheduleEditor editor) {
        return Actions.call(() -> rounds.saveSchedule(round.id(), version, editor.schedule())).map(found -> {
            version = rounds.find(round.id()).map(RoundView::version).orElse(version);
            showProblems(found);
            return found;
        });
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

    @Override
    public String getPageTitle() {
        return title;
    }
}
