package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftComments;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;

/**
 * A draft: its content in the editor for the body's drafters (read-only for everyone else), the preview as it
 * will print with what the format check finds, every saved version, and the comments on them.
 */
@Route("drafts")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "CLERK"})
class DraftPage extends RecordPage<DraftView> {

    private final DocumentDrafts drafts;
    private final DraftComments comments;
    private final IssuingBodies bodies;
    private final Organisation organisation;

    DraftPage(DocumentDrafts drafts, DraftComments comments, IssuingBodies bodies, Organisation organisation) {
        super(id -> DraftId.from(id).flatMap(drafts::find), "draft.error.notFound");
        this.drafts = drafts;
        this.comments = comments;
        this.bodies = bodies;
        this.organisation = organisation;
        addClassName("draft-page");
    }

    @Override
    protected String show(DraftView draft) {
        add(new H2(draft.content().summary()), new Span(getTranslation("draft.meta",
                getTranslation(draft.content().type().messageKey()), draft.issuingBodyName(), draft.revision(),
                draft.drafter(), VietnameseDates.format(draft.updatedAt()))));
        List<SigningAuthority> authorities = bodies.find(draft.issuingBodyId()).map(IssuingBodyView::signingAuthorities)
                .orElse(List.of());
        DraftEditor editor = new DraftEditor(authorities, organisation.today(), draft.mayEdit());
        editor.show(draft.content());
        add(editor);
        if (draft.mayEdit()) {
            Button save = new Button(getTranslation("draft.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            add(Buttons.once(save, () -> Actions.call(() -> drafts.save(draft.id(), draft.version(), editor.content()))
                    .ifPresent(saved -> {
                        Notifications.success(getTranslation("draft.saved", saved.revision()));
                        load(draft.id().value());
                    })));
        }
        add(preview(draft));
        add(new H3(getTranslation("draft.versions.title")));
        drafts.versions(draft.id()).forEach(version -> add(new Div(getTranslation("draft.version.line",
                version.revision(), version.savedBy(), VietnameseDates.format(version.savedAt())))));
        add(comments(draft));
        return draft.content().summary();
    }

    private Div preview(DraftView draft) {
        Div section = new Div(new H3(getTranslation("draft.preview.title")));
        section.addClassName("draft-preview");
        Actions.call(() -> drafts.preview(draft.id())).ifPresent(preview -> {
            if (preview.passes()) {
                section.add(new Div(getTranslation("draft.preview.passes")));
            }
            preview.findings().forEach(finding -> {
                Div line = new Div(getTranslation(finding.messageKey(), finding.line()));
                line.addClassName("finding");
                section.add(line);
            });
            section.add(Downloads.link(getTranslation("draft.preview.download"), () -> file(draft, preview)));
        });
        return section;
    }

    private static Downloads.File file(DraftView draft, Preview preview) {
        return new Downloads.File("du-thao-" + draft.id() + "-ban-" + draft.revision() + ".docx", Downloads.WORD_TYPE,
                preview.docx());
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
