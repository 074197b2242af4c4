package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.InspectionRounds.WardRef;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.Messages;

/**
 * The round's teams (a head and members, found by name without accents) and, for each ward of the body,
 * the team that inspects it, the day and the mode. What is on screen becomes an {@link InspectionSchedule}.
 */
class ScheduleEditor extends VerticalLayout {

    private final UserDirectory users;
    private final boolean readOnly;
    private final VerticalLayout teamRows = new VerticalLayout();
    private final List<TeamRow> teams = new ArrayList<>();
    private final Map<UnitId, VisitRow> visits = new HashMap<>();
    private final List<WardRef> wards;

    private record TeamRow(HorizontalLayout layout, TextField name, ComboBox<UserSummary> head,
                           MultiSelectComboBox<UserSummary> members) {

        Team team() {
            return new Team(name.getValue().strip(), head.getValue() == null ? null : head.getValue().username(),
                    members.getValue().stream().map(UserSummary::username).sorted().toList());
        }
    }

    private record VisitRow(Select<String> team, DatePicker date, Select<InspectionMode> mode) {
    }

    ScheduleEditor(InspectionSchedule schedule, List<WardRef> wards, UserDirectory users, boolean readOnly) {
        this.users = users;
        this.wards = wards;
        this.readOnly = readOnly;
        setPadding(false);
        teamRows.setPadding(false);
        add(new H3(Messages.text("inspection.teams")), teamRows);
        Map<String, UserSummary> people = new HashMap<>();
        Set<String> usernames = new LinkedHashSet<>();
        schedule.teams().forEach(team -> usernames.addAll(team.people()));
        users.contacts(usernames).forEach(person -> people.put(person.username(), person));
        schedule.teams().forEach(team -> addTeam(team, people));
        if (!readOnly) {
            Button add = new Button(Messages.text("inspection.team.add"), VaadinIcon.PLUS.create(), click -> {
                addTeam(new Team(Messages.text("inspection.team.defaultName", teams.size() + 1), null, List.of()), people);
                teams.getLast().head().focus();
            });
            add.addThemeVariants(ButtonVariant.TERTIARY);
            add(add);
        }
        add(new H3(Messages.text("inspection.visits")), visitGrid(schedule));
    }

    private void addTeam(Team team, Map<String, UserSummary> people) {
        TextField name = new TextField(Messages.text("inspection.team.name"));
        name.setValue(team.name() == null ? "" : team.name());
        ComboBox<UserSummary> head = new ComboBox<>(Messages.text("inspection.team.head"));
        offerPeople(head);
        head.setValue(people.get(team.head()));
        MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>(Messages.text("inspection.team.members"));
        offerPeople(members);
        members.setValue(team.members().stream().map(people::get).filter(Objects::nonNull).toList());
        members.setWidth("min(28rem, 100%)");
        HorizontalLayout row = new HorizontalLayout(name, head, members);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        TeamRow teamRow = new TeamRow(row, name, head, members);
        if (!readOnly) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                teams.remove(teamRow);
                teamRows.remove(row);
                refreshTeamChoices();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(Messages.text("inspection.team.remove"));
            row.add(remove);
        }
        name.addValueChangeListener(change -> refreshTeamChoices());
        name.setReadOnly(readOnly);
        head.setReadOnly(readOnly);
        members.setReadOnly(readOnly);
        teams.add(teamRow);
        teamRows.add(row);
        refreshTeamChoices();
    }

    /** Everyone in the directory, found by name without accents as the organiser types. */
    private void offerPeople(ComboBoxBase<?, UserSummary, ?> picker) {
        picker.setItems(query -> users.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream(), query -> users.count(query.getFilter().orElse("")));
        picker.setItemLabelGenerator(UserSummary::label);
    }

    private Grid<WardRef> visitGrid(InspectionSchedule schedule) {
        Map<UnitId, Visit> planned = new HashMap<>();
        schedule.visits().forEach(visit -> planned.put(visit.wardId(), visit));
        for (WardRef ward : wards) {
            Visit visit = planned.get(ward.id());
            Select<String> team = new Select<>();
            team.setAriaLabel(Messages.text("inspection.visit.team", ward.name()));
            DatePicker date = DatePickers.create(null);
            date.setAriaLabel(Messages.text("inspection.visit.date", ward.name()));
            Select<InspectionMode> mode = new Select<>();
            mode.setAriaLabel(Messages.text("inspection.visit.mode", ward.name()));
            mode.setItems(InspectionMode.values());
            mode.setItemLabelGenerator(value -> value == null ? "" : Messages.text(value.messageKey()));
            mode.setValue(visit == null ? InspectionMode.ON_SITE : visit.mode());
            date.setValue(visit == null ? null : visit.date());
            team.setReadOnly(readOnly);
            date.setReadOnly(readOnly);
            mode.setReadOnly(readOnly);
            visits.put(ward.id(), new VisitRow(team, date, mode));
        }
        refreshTeamChoices();
        planned.forEach((wardId, visit) -> {
            VisitRow row = visits.get(wardId);
            if (row != null) {
                row.team().setValue(visit.team());
            }
        });
        Grid<WardRef> grid = new Grid<>();
        grid.addClassName("visit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(WardRef::name).setHeader(Messages.text("inspection.column.ward")).setFlexGrow(2);
        grid.addComponentColumn(ward -> visits.get(ward.id()).team()).setHeader(Messages.text("inspection.visit.teamHeader"))
                .setKey("team").setFlexGrow(1);
        grid.addComponentColumn(ward -> visits.get(ward.id()).date()).setHeader(Messages.text("inspection.visit.dateHeader"))
                .setKey("date").setFlexGrow(1);
        grid.addComponentColumn(ward -> visits.get(ward.id()).mode()).setHeader(Messages.text("inspection.visit.modeHeader"))
                .setKey("mode").setFlexGrow(1);
        grid.setItems(wards);
        grid.setEmptyStateText(Messages.text("inspection.schedule.noWards"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Visits choose among the teams as named now; a visit whose team was renamed away keeps no team. */
    private void refreshTeamChoices() {
        List<String> names = teams.stream().map(row -> row.name().getValue().strip()).filter(name -> !name.isEmpty())
                .distinct().toList();
        visits.values().forEach(row -> {
            String chosen = row.team().getValue();
            row.team().setItems(names);
            row.team().setValue(names.contains(chosen) ? chosen : null);
        });
    }

    InspectionSchedule schedule() {
        List<Visit> planned = new ArrayList<>();
        for (WardRef ward : wards) {
            VisitRow row = visits.get(ward.id());
            if (row.team().getValue() != null || row.date().getValue() != null) {
                planned.add(new Visit(ward.id(), row.team().getValue(), row.date().getValue(), row.mode().getValue()));
            }
        }
        return new InspectionSchedule(teams.stream().map(TeamRow::team).toList(), planned);
    }
}
