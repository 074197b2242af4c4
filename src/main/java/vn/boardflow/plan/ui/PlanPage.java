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
import java.util.Optional;
import vn.boardflow.document.DistributionLists;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftAction;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanView;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;
import vn.boardflow.shared.ui.StepDialogs;

/**
 * One plan: its content and targets, editable by its body's drafters while its draft may change, and the steps
 * its drafter takes from here (save, send for review, recall, cancel). Review, sign-off and issuance are the
 * document route's, on its draft's page, where the comments, versions and history are too; the inbox opens that
 * page for every step after drafting.
 */
@Route("plans")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "CLERK", "ADMIN"})
class PlanPage extends RecordPage<PlanView> {

    private final AnnualPlans plans;
    private final PlanDrafting drafting;
    private final DocumentDrafts drafts;
    private final DraftApproval approval;
    private final IssuingBodies bodies;
    private final DistributionLists lists;
    private final IssuedDocuments documents;
    private PlanId planId;
    private long version;
    private PlanForm form;
    private AllocationGrid allocation;

    PlanPage(AnnualPlans plans, PlanDrafting drafting, DocumentDrafts drafts, DraftApproval approval,
             IssuingBodies bodies, DistributionLists lists, IssuedDocuments documents) {
        super(id -> PlanId.from(id).flatMap(plans::find), "plan.error.notFound");
        this.plans = plans;
        this.drafting = drafting;
        this.drafts = drafts;
        this.approval = approval;
        this.bodies = bodies;
        this.lists = lists;
        this.documents = documents;
    }

    @Override
    protected String show(PlanView plan) {
        planId = plan.id();
        version = plan.version();
        IssuingBodyView issuer = bodies.find(plan.issuingBodyId()).orElseThrow();
        form = new PlanForm(plan.content(), issuer, lists.of(issuer.id()), !plan.editable());
        allocation = new AllocationGrid(plan.content().targets(), plans.wards(issuer.id()), !plan.editable());
        Optional<DraftView> draft = Optional.ofNullable(plan.draftId()).flatMap(drafts::find);

        H2 body = new H2(plan.issuingBodyName());
        body.addClassName("plan-body");
        FlexLayout header = new FlexLayout(body, Badges.of(getTranslation(plan.status().messageKey()), plan.status().tone()));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        draft.map(DraftView::returnComment).ifPresent(comment -> {
            Div returned = new Div(new Span(getTranslation("plan.returnedWith", comment)));
            returned.addClassName("callout-error");
            add(returned);
        });
        add(actions(plan, draft));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("plan.tab.content"), form);
        tabs.add(getTranslation("plan.tab.targets"), allocation);
        add(tabs);
        return plan.title();
    }

    private Component actions(PlanView plan, Optional<DraftView> draft) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (plan.editable()) {
            actions.add(saveButton(plan));
        }
        if (draft.filter(view -> view.may(DraftAction.SUBMIT)).isPresent()) {
            Button submit = new Button(getTranslation("plan.action.submit"));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(Buttons.once(submit, () -> submit(plan)));
        }
        draft.filter(view -> view.may(DraftAction.RECALL)).ifPresent(view -> actions.add(new Button(
                getTranslation("draft.action.recall"), click -> ConfirmDialogs.confirm(getTranslation("draft.action.recall"),
                getTranslation("draft.recall.confirm"), getTranslation("draft.action.recall"), () -> {
                    if (Actions.run(() -> approval.recall(view.id()), "draft.recalled")) {
                        load(plan.id().value());
                    }
                }))));
        draft.filter(view -> view.may(DraftAction.CANCEL)).ifPresent(view -> {
            Button cancel = StepDialogs.withComment(getTranslation("plan.action.cancel"), true, reason -> {
                if (!Actions.run(() -> approval.cancel(view.id(), reason), "plan.cancelled")) {
                    return false;
                }
                load(plan.id().value());
                return true;
            });
            cancel.addThemeVariants(ButtonVariant.ERROR);
            actions.add(cancel);
        });
        draft.ifPresent(view -> actions.add(routeLink(view)));
        if (plan.documentId() != null) {
            long documentId = plan.documentId();
            actions.add(Downloads.link(getTranslation("plan.download", plan.documentSymbol()), () -> {
                DocumentFile file = documents.download(documentId);
                return new Downloads.File(file.fileName(), Downloads.WORD_TYPE, file.bytes());
            }), new Anchor("documents/issued/" + documentId, getTranslation("plan.openDocument")));
        }
        return actions;
    }

    /** To the draft's page: a button for whoever has a step to take there, a link for everyone else. */
    private Component routeLink(DraftView draft) {
        boolean stepWaits = draft.may(DraftAction.APPROVE) || draft.may(DraftAction.SIGN_OFF)
                || draft.may(DraftAction.ISSUE) || draft.may(DraftAction.RETURN);
        if (!stepWaits) {
            return new Anchor("drafts/" + draft.id(), getTranslation("plan.openDraft"));
        }
        Button open = new Button(getTranslation("plan.openDraftToAct"),
                click -> getUI().ifPresent(ui -> ui.navigate("drafts/" + draft.id())));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        return open;
    }

    /** A change after sign-off withdraws it, so the drafter is asked first. */
    private Button saveButton(PlanView plan) {
        Button save = new Button(getTranslation("plan.action.save"));
        if (plan.status() != DraftStatus.AWAITING_ISSUANCE) {
            return Buttons.once(save, this::saveAndSay);
        }
        save.addClickListener(click -> ConfirmDialogs.confirm(getTranslation("plan.action.save"),
                getTranslation("draft.saveAfterSignOff.confirm"), getTranslation("plan.action.save"), () -> {
                    if (saveAndSay()) {
                        load(plan.id().value());
                    }
                }));
        return save;
    }

    private boolean saveAndSay() {
        boolean saved = save();
        if (saved) {
            Notifications.success(getTranslation("plan.saved"));
        }
        return saved;
    }

    /** Saves what is on screen; on a refusal nothing on screen changes, so nothing typed is lost. */
    private boolean save() {
        return Actions.call(() -> drafting.save(planId, version, form.content(allocation.targets())))
                .map(saved -> {
                    version = saved;
                    return true;
                }).orElse(false);
    }

    /** What is on screen is saved first, so the version sent is the one the drafter sees. */
    private void submit(PlanView plan) {
        if (!save()) {
            return;
        }
        Optional<PlanView> saved = plans.find(plan.id());
        Optional<DraftView> draft = saved.map(PlanView::draftId).flatMap(drafts::find);
        if (draft.isPresent() && Actions.run(() -> approval.submit(draft.get().id(), draft.get().version()),
                "plan.submitted")) {
            load(plan.id().value());
        }
    }
}
