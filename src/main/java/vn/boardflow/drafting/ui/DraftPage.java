package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.boardflow.document.DocumentPreviews;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DocumentDrafts.SignOff;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftAction;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftComments;
import vn.boardflow.drafting.DraftFiles;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.drafting.DraftTrail;
import vn.boardflow.drafting.DraftVersions.DraftChanges;
import vn.boardflow.drafting.DraftVersions;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ChangesTable;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;
import vn.boardflow.shared.ui.StepDialogs;

/**
 * A draft: where it stands on its route and the steps the user may take now; its content in the editor for the
 * body's drafters (read-only for everyone else); the preview as it will print with what the format check finds;
 * what changed since the user last saw it; every version; the comments; and the route with its history. The
 * inbox opens this page for every step of the draft.
 */
@Route("drafts")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "CLERK", "ACCOUNTANT"})
class DraftPage extends RecordPage<DraftView> {

    private final DocumentDrafts drafts;
    private final DraftVersions versions;
    private final DraftApproval approval;
    private final DraftComments comments;
    private final DraftTrail trail;
    private final DraftFiles files;
    private final DocumentPreviews previews;
    private final IssuedDocuments documents;
    private final IssuingBodies bodies;
    private final Organisation organisation;
    private final Clock clock;
    /** The content's editor, for a draft written here; {@code null} for one its feature writes. */
    private DraftEditor editor;

    DraftPage(DocumentDrafts drafts, DraftVersions versions, DraftApproval approval, DraftComments comments,
              DraftTrail trail, DraftFiles files, DocumentPreviews previews, IssuedDocuments documents,
              IssuingBodies bodies, Organisation organisation, Clock clock) {
        super(id -> DraftId.from(id).flatMap(drafts::find), "draft.error.notFound");
        this.drafts = drafts;
        this.versions = versions;
        this.approval = approval;
        this.comments = comments;
        this.trail = trail;
        this.files = files;
        this.previews = previews;
        this.documents = documents;
        this.bodies = bodies;
        this.organisation = organisation;
        this.clock = clock;
        addClassName("draft-page");
    }

    @Override
    protected String show(DraftView draft) {
        H2 title = new H2(draft.content().summary());
        FlexLayout header = new FlexLayout(title, DraftBadges.of(draft.status()));
        header.addClassName("toolbar");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, new Span(getTranslation("draft.meta", getTranslation(draft.content().type().messageKey()),
                draft.issuingBodyName(), draft.revision(), draft.drafter(), VietnameseDates.format(draft.updatedAt()))));
        if (draft.returnComment() != null) {
            Div returned = new Div(new Span(getTranslation("draft.returnedWith", draft.returnComment())));
            returned.addClassName("callout-error");
            add(returned);
        }
        if (draft.signOff() != null) {
            SignOff signOff = draft.signOff();
            add(new Div(getTranslation("draft.signedOff", signOff.signerName(), VietnameseDates.format(signOff.signedAt()),
                    signOff.revision())));
        }
        add(actions(draft));

        if (draft.origin() == null) {
            List<SigningAuthority> authorities = bodies.find(draft.issuingBodyId())
                    .map(IssuingBodyView::signingAuthorities).orElse(List.of());
            editor = new DraftEditor(authorities, organisation.today(), draft.may(DraftAction.EDIT));
            editor.show(draft.content());
            add(editor);
        } else {
            editor = null;
            Div origin = new Div(new Span(getTranslation("draft.origin.explanation")), new Anchor(draft.origin().route(),
                    getTranslation("draft.origin.open")));
            origin.addClassName("callout-info");
            add(origin);
        }
        add(new DraftFilesPanel(files, draft));
        if (editor != null && draft.may(DraftAction.EDIT)) {
            add(saveButton(draft));
        }
        add(new DraftPreviewPanel(versions, previews, draft));
        add(changes(draft.id()));
        add(new H3(getTranslation("draft.versions.title")));
        versions.versions(draft.id()).forEach(version -> add(new Div(getTranslation("draft.version.line",
                version.revision(), version.savedBy(), VietnameseDates.format(version.savedAt())))));
        add(comments(draft));
        add(new DraftProcess(trail, draft.id()));
        return draft.content().summary();
    }

    private Component actions(DraftView draft) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (draft.may(DraftAction.SUBMIT)) {
            Button submit = new Button(getTranslation("draft.action.submit"));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(Buttons.once(submit, () -> submit(draft)));
        }
        if (draft.may(DraftAction.APPROVE)) {
            actions.add(step(draft, "draft.action.approve", false, comment -> approval.approve(draft.id(), comment),
                    "draft.approved"));
        }
        if (draft.may(DraftAction.SIGN_OFF)) {
            actions.add(signOffButton(draft));
        }
        if (draft.may(DraftAction.ISSUE)) {
            Button issue = new Button(getTranslation("draft.action.issue"), click -> issue(draft));
            issue.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(issue);
        }
        if (draft.may(DraftAction.RETURN)) {
            actions.add(step(draft, "draft.action.return", true, comment -> approval.returnToDrafter(draft.id(), comment),
                    "draft.returned"));
        }
        if (draft.may(DraftAction.RECALL)) {
            actions.add(new Button(getTranslation("draft.action.recall"), click -> ConfirmDialogs.confirm(
                    getTranslation("draft.action.recall"), getTranslation("draft.recall.confirm"),
                    getTranslation("draft.action.recall"), () -> {
                        if (Actions.run(() -> approval.recall(draft.id()), "draft.recalled")) {
                            load(draft.id().value());
                        }
                    })));
        }
        if (draft.may(DraftAction.CANCEL)) {
            Button cancel = step(draft, "draft.action.cancel", true, reason -> approval.cancel(draft.id(), reason),
                    "draft.cancelled");
            cancel.addThemeVariants(ButtonVariant.ERROR);
            actions.add(cancel);
        }
        if (draft.document() != null) {
            long documentId = draft.document().id();
            actions.add(Downloads.link(getTranslation("draft.download", draft.document().symbol()), () -> {
                DocumentFile file = documents.download(documentId);
                return new Downloads.File(file.fileName(), Downloads.WORD_TYPE, file.bytes());
            }), new Anchor("documents/issued/" + documentId, getTranslation("draft.openDocument")));
        }
        return actions;
    }

    /** A change after sign-off withdraws it, so the drafter is asked first. */
    private Button saveButton(DraftView draft) {
        Button save = new Button(getTranslation("draft.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        if (draft.status() != DraftStatus.AWAITING_ISSUANCE) {
            return Buttons.once(save, () -> save(draft).ifPresent(saved -> load(draft.id().value())));
        }
        save.addClickListener(click -> ConfirmDialogs.confirm(getTranslation("draft.save"),
                getTranslation("draft.saveAfterSignOff.confirm"), getTranslation("draft.save"),
                () -> save(draft).ifPresent(saved -> load(draft.id().value()))));
        return save;
    }

    /** Saves what is on screen; on a refusal nothing on screen changes, so nothing typed is lost. */
    private Optional<DraftView> save(DraftView draft) {
        return Actions.call(() -> drafts.save(draft.id(), draft.version(), editor.content())).map(saved -> {
            Notifications.success(getTranslation("draft.saved", saved.revision()));
            return saved;
        });
    }

    /** What the drafter typed since the last save is kept as a version before the draft goes on. */
    private void submit(DraftView draft) {
        long version = draft.version();
        if (editor != null && draft.may(DraftAction.EDIT) && !editor.content().equals(draft.content())) {
            Optional<DraftView> saved = save(draft);
            if (saved.isEmpty()) {
                return;
            }
            version = saved.get().version();
        }
        long submitted = version;
        if (Actions.run(() -> approval.submit(draft.id(), submitted), "draft.submitted")) {
            load(draft.id().value());
        }
    }

    /** One click, after reading: the version signed is the one on screen, refused if saved since. */
    private Button signOffButton(DraftView draft) {
        Button signOff = new Button(getTranslation("draft.action.signOff", draft.revision()));
        signOff.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        return Buttons.once(signOff, () -> {
            if (Actions.run(() -> approval.signOff(draft.id(), draft.revision(), null), "draft.signed")) {
                load(draft.id().value());
            }
        });
    }

    private void issue(DraftView draft) {
        StepDialogs.issueOn(getTranslation("draft.action.issue"), getTranslation("draft.issue.explanation"),
                LocalDate.now(clock), issuedOn -> Actions.call(() -> approval.issue(draft.id(), issuedOn)).map(document -> {
                    Notifications.success(getTranslation("draft.issued", document.symbol()));
                    load(draft.id().value());
                    return true;
                }).orElse(false));
    }

    private Button step(DraftView draft, String key, boolean commentRequired, Consumer<String> step,
                        String doneKey) {
        Predicate<String> taken = comment -> {
            if (!Actions.run(() -> step.accept(comment), doneKey)) {
                return false;
            }
            load(draft.id().value());
            return true;
        };
        return StepDialogs.withComment(getTranslation(key), commentRequired, taken);
    }

    private Div changes(DraftId id) {
        Div section = new Div(new H3(getTranslation("draft.changes.title")));
        Actions.call(() -> versions.changesForMe(id)).ifPresent((DraftChanges changes) -> section.add(new ChangesTable(
                changes.changes(), getTranslation("draft.changes.explanation", changes.from(), changes.to()),
                changes.from() == 0 ? getTranslation("draft.changes.first")
                        : getTranslation("draft.changes.none", changes.from(), changes.to()))));
        return section;
    }

    private Div comments(DraftView draft) {
        Div section = new Div(new H3(getTranslation("draft.comments.title")));
        List<DraftComments.DraftComment> written = comments.of(draft.id());
        if (written.isEmpty()) {
            section.add(new Div(getTranslation("draft.comments.none")));
        }
        written.forEach(comment -> section.add(new Div(getTranslation("draft.comment.line", comment.revision(),
                comment.author(), VietnameseDates.format(comment.at()), comment.text()))));
        TextArea text = new TextArea(getTranslation("draft.comment.field"));
        text.setMaxLength(DraftComments.MAX_TEXT);
        text.setWidthFull();
        Button send = new Button(getTranslation("draft.comment.send"));
        section.add(text, Buttons.once(send, () -> {
            if (Actions.run(() -> comments.comment(draft.id(), text.getValue()), "draft.comment.sent")) {
                load(draft.id().value());
            }
        }));
        return section;
    }
}
