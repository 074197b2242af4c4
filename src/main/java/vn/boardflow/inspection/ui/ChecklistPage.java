package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.ChecklistTemplates.TemplateView;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;

/**
 * One revision of a checklist, with the others. The latest revision of a checklist in use is edited in
 * place and saved as the next revision (or, renamed, as a new checklist); older ones are read only, since
 * rounds were scored against them.
 */
@Route("inspections/checklists")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "INSPECTOR", "CLERK", "ADMIN"})
class ChecklistPage extends RecordPage<TemplateView> {

    private final ChecklistTemplates templates;
    private final UserDirectory users;

    ChecklistPage(ChecklistTemplates templates, UserDirectory users) {
        super(templates::find, "inspection.error.templateNotFound");
        this.templates = templates;
        this.users = users;
    }

    @Override
    protected String show(TemplateView template) {
        String name = template.checklist().name();
        List<TemplateView> revisions = templates.revisions(template.id());
        TemplateView latest = revisions.getFirst();
        FlexLayout header = new FlexLayout(
                Badges.of(getTranslation(template.inUse() ? "checklist.inUse" : "checklist.retired"),
                        template.inUse() ? Badges.Tone.SUCCESS : Badges.Tone.CONTRAST),
                new Span(getTranslation("checklist.savedBy", VietnameseDates.format(template.createdAt()),
                        savedBy(template))));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        boolean editable = templates.mayEdit() && template.inUse() && latest.id() == template.id();
        if (latest.id() != template.id()) {
            add(callout(getTranslation("checklist.notLatest", latest.revision())));
        } else if (editable) {
            add(callout(getTranslation("checklist.explainEdit")));
        }
        ChecklistEditor editor = new ChecklistEditor(template.checklist(), editable);
        add(editor);
        if (editable) {
            Button publish = Buttons.primaryWide(Buttons.once(new Button(getTranslation("checklist.publish")), () ->
                    Actions.call(() -> {
                        Checklist checklist = editor.checklist();
                        return templates.publish(checklist.name().equals(name) ? template.id() : null, checklist);
                    }).ifPresent(saved -> {
                        Notifications.success(getTranslation("checklist.published", saved.checklist().name(),
                                saved.revision()));
                        getUI().ifPresent(ui -> ui.navigate(ChecklistPage.class, saved.id()));
                    })));
            Button retire = new Button(getTranslation("checklist.retire"), click -> ConfirmDialogs.confirm(
                    getTranslation("checklist.retire.title"), getTranslation("checklist.retire.text", name),
                    getTranslation("checklist.retire"), () -> {
                        if (Actions.run(() -> templates.retire(template.id()), "checklist.retiredNotice", name)) {
                            load(template.id());
                        }
                    }));
            add(publish, retire);
        }
        if (revisions.size() > 1) {
            add(new H3(getTranslation("checklist.revisions")));
            revisions.stream().filter(other -> other.id() != template.id()).forEach(other -> add(new Div(
                    new RouterLink(getTranslation("checklist.revisionLink", other.revision(),
                            VietnameseDates.format(other.createdAt())), ChecklistPage.class, other.id()))));
        }
        return getTranslation("checklist.title", name, template.revision());
    }

    /** The standard checklist is seeded by the installation itself, which is nobody in the user directory. */
    private String savedBy(TemplateView template) {
        return users.fullNames(Set.of(template.createdBy())).getOrDefault(template.createdBy(),
                getTranslation("checklist.system"));
    }

    private static Div callout(String text) {
        Div callout = new Div(new Span(text));
        callout.addClassName("callout");
        return callout;
    }
}
