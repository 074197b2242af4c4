package vn.boardflow.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Predicate;
import vn.boardflow.document.DistributionLists;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanAction;
import vn.boardflow.plan.PlanApproval;
import vn.boardflow.plan.PlanComments;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.plan.PlanTrail;
import vn.boardflow.plan.PlanView;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ChangesTable;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;
import vn.boardflow.shared.ui.StepDialogs;

/**
 * One plan: its content and targets (editable while it is a draft), the step buttons the user may
 * press now, its comments, what changed since the last submission, and its process with the history.
 * The inbox opens this page for every task of the plan.
 */
@Route("plans")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "CLERK", "ADMIN"})
class PlanPage extends RecordPage<PlanView> {

    private final AnnualPlans plans;
    private final PlanDrafting drafting;
    private final PlanComments comments;
    private final PlanTrail trail;
    private final PlanApproval approval;
    private final IssuingBodies bodies;
    private final DistributionLists lists;
    private final IssuedDocuments documents;
    private final Clock clock;
    private long version;
    private PlanForm form;
    private AllocationGrid allocation;

    PlanPage(AnnualPlans plans, PlanDrafting drafting, PlanComments comments, PlanTrail trail, PlanApproval approval,
             IssuingBodies bodies, DistributionLists lists, IssuedDocuments documents, Clock clock) {
        super(id -> PlanId.from(id).flatMap(plans::find), "plan.error.notFound");
        this.plans = plans;
        this.drafting = drafting;
        this.comments = comments;
        this.trail = trail;
        this.approval = approval;
        this.bodies = bodies;
        this.lists = lists;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    protected String show(PlanView plan) {
        version = plan.version();
        IssuingBodyView issuer = bodies.find(plan.issuingBodyId()).orElseThrow();
        boolean editable = plan.may(PlanAction.EDIT);
        form = new PlanForm(plan.content(), issuer, lists.of(issuer.id()), !editable);
        allocation = new AllocationGrid(plan.content().targets(), plans.wards(issuer.id()), !editable);

        H2 body = new H2(plan.issuingBodyName());
        body.addClassName("plan-body");
        FlexLayout header = new FlexLayout(body, PlanBadges.of(plan.status()));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        if (plan.status() == PlanStatus.RETURNED && plan.returnComment() != null) {
            Div returned = new Div(new Span(getTranslation("plan.returnedWith", plan.returnComment())));
            returned.addClassName("callout-error");
            add(returned);
        }
        add(actions(plan));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("plan.tab.content"), form);
        tabs.add(getTranslation("plan.tab.targets"), allocation);
        tabs.add(getTranslation("plan.tab.comments"), new CommentThread(comments, plan.id()));
        tabs.add(getTranslation("plan.tab.changes"), new ChangesTable(trail.changesSincePreviousSubmission(plan.id()),
                getTranslation("plan.changes.explanation"), getTranslation("plan.changes.none")));
        tabs.add(getTranslation("plan.tab.process"), new PlanProcess(trail, plan.id()));
        add(tabs);
        return plan.title();
    }

    private Component actions(PlanView plan) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (plan.may(PlanAction.EDIT)) {
            actions.add(button("plan.action.save", false, () -> {
                if (save(plan)) {
                    Notifications.success(getTranslation("plan.saved"));
                }
            }));
        }
        if (plan.may(PlanAction.SUBMIT)) {
            actions.add(button("plan.action.submit", true, () -> {
                if (save(plan) && Actions.run(() -> approval.submit(plan.id(), version), "plan.submitted")) {
                    load(plan.id().value());
                }
            }));
        }
        if (plan.may(PlanAction.APPROVE)) {
            actions.add(stepWithComment(plan, "plan.action.approve", false,
                    comment -> Actions.run(() -> approval.approve(plan.id(), comment), "plan.approved")));
        }
        if (plan.may(PlanAction.SIGN_OFF)) {
            actions.add(stepWithComment(plan, "plan.action.signOff", false,
                    comment -> Actions.run(() -> approval.signOff(plan.id(), comment), "plan.signed")));
        }
        if (plan.may(PlanAction.RETURN)) {
            actions.add(stepWithComment(plan, "plan.action.return", true,
                    comment -> Actions.run(() -> approval.returnToDrafter(plan.id(), comment), "plan.returned")));
        }
        if (plan.may(PlanAction.ISSUE)) {
            Button issue = new Button(getTranslation("plan.action.issue"), click -> openIssueDialog(plan));
            issue.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(issue);
        }
        if (plan.may(PlanAction.CANCEL)) {
            Button cancel = stepWithComment(plan, "plan.action.cancel", true,
                    reason -> Actions.run(() -> approval.cancel(plan.id(), reason), "plan.cancelled"));
            cancel.addThemeVariants(ButtonVariant.ERROR);
            actions.add(cancel);
        }
        if (plan.documentId() != null) {
            long documentId = plan.documentId();
            actions.add(Downloads.link(getTranslation("plan.download", plan.documentSymbol()), () -> {
                DocumentFile file = documents.download(documentId);
                return new Downloads.File(file.fileName(), Downloads.WORD_TYPE, file.bytes());
            }), new Anchor("documents/issued/" + documentId, getTranslation("plan.openDocument")));
        }
        return actions;
    }

    /** Saves what is on screen; on a refusal nothing on screen changes, so nothing typed is lost. */
    private boolean save(PlanView plan) {
        return Actions.call(() -> drafting.save(plan.id(), version, form.content(allocation.targets())))
                .map(saved -> {
                    version = saved;
                    return true;
                }).orElse(false);
    }

    private Button button(String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key));
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return Buttons.once(button, action);
    }

    /**
     * A step that takes a comment, required when returning or cancelling. The page shows the plan's new
     * state only when the step went through; a dismissed dialog leaves the page, and any edits, as they were.
     */
    private Button stepWithComment(PlanView plan, String key, boolean commentRequired, Predicate<String> step) {
        return StepDialogs.withComment(getTranslation(key), commentRequired, comment -> {
            if (!step.test(comment)) {
                return false;
            }
            load(plan.id().value());
            return true;
        });
    }

    private void openIssueDialog(PlanView plan) {
        StepDialogs.issueOn(getTranslation("plan.action.issue"), getTranslation("plan.issue.explanation"),
                LocalDate.now(clock), issuedOn -> Actions.call(() -> approval.issue(plan.id(), issuedOn)).map(document -> {
                    Notifications.success(getTranslation("plan.issued", document.symbol()));
                    load(plan.id().value());
                    return true;
                }).orElse(false));
    }
}
