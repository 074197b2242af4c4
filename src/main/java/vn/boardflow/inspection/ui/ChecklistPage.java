package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.ChecklistTemplates.TemplateView;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;

/**
 * One revision of a checklist, with the others. The latest revision of a checklist in use is edited in
 * place by its body's drafters and leaders and saved as the next revision (or, renamed, as a new checklist);
 * one that comes with the system is the start of a body's own, saved under a new name; older revisions, and
 * other bodies' checklists, are read only.
 */
@Route("inspections/checklists")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "INSPECTOR", "CLERK", "ADMIN"})
class ChecklistPage extends RecordPage<TemplateView> {

    private final ChecklistTemplates templates;
    private final IssuingBodies bodies;
    private final UserDirectory users;

    ChecklistPage(ChecklistTemplates templates, IssuingBodies bodies, UserDirectory users) {
        super(templates::find, "inspection.error.templateNotFound");
        this.templates = templates;
        this.bodies = bodies;
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
        boolean latestInUse = template.inUse() && latest.id() == template.id();
        boolean revisable = latestInUse && templates.mayRevise(template.id());
        // a checklist that comes with the system is where a body starts its own: renamed, saved as the body's
        List<IssuingBodyView> ownBodies = latestInUse && (revisable || template.issuingBodyId() == null)
                ? templates.bodiesForNewChecklists() : List.of();
        boolean editable = revisable || !ownBodies.isEmpty();
        if (latest.id() != template.id()) {
            add(callout(getTranslation("checklist.notLatest", latest.revision())));
        } else if (revisable) {
            add(callout(getTranslation("checklist.explainEdit")));
        } else if (editable) {
            add(callout(getTranslation("checklist.explainCopy")));
        } else if (template.issuingBodyId() != null) {
            add(callout(getTranslation("checklist.ofAnotherBody", bodies.find(template.issuingBodyId())
                    .map(IssuingBodyView::fullLabel).orElse(""))));
        }
        ChecklistEditor editor = new ChecklistEditor(template.checklist(), editable);
        add(editor);
        if (editable) {
            Select<IssuingBodyView> owner = new Select<>();
            owner.setLabel(getTranslation("checklist.field.owner"));
            owner.setHelperText(getTranslation("checklist.field.owner.helper"));
            owner.setItems(ownBodies);
            owner.setItemLabelGenerator(body -> body == null ? "" : body.fullLabel());
            ownBodies.stream().filter(body -> body.id().equals(template.issuingBodyId())).findFirst()
                    .or(() -> ownBodies.stream().findFirst()).ifPresent(owner::setValue);
            owner.setVisible(ownBodies.size() > 1);
            Button publish = Buttons.primaryWide(Buttons.once(new Button(getTranslation(revisable
                    ? "checklist.publish" : "checklist.publishAsNew")), () ->
                    Actions.call(() -> {
                        Checklist checklist = editor.checklist();
                        if (checklist.name().equals(name)) {
                            if (revisable) {
                                return templates.revise(template.id(), checklist);
                            }
                            throw new RuleViolation("checklist.error.renameToCopy");
                        }
                        if (owner.getValue() == null) {
                            throw new RuleViolation("checklist.error.noBodyForNew");
                        }
                        return templates.create(owner.getValue().id(), checklist);
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
            add(owner, publish);
            if (revisable) {
                add(retire);
            }
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
