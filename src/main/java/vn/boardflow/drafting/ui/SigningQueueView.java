package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.DocumentPreviews;
import vn.boardflow.drafting.DocumentDrafts.DraftSummary;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftQueues;
import vn.boardflow.drafting.DraftVersions;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.StepDialogs;

/**
 * Trình ký: the leader's queue of drafts to sign, the longest waiting first. Choosing one shows it as it will
 * print, with the format check's findings; one click signs off the version read, or it goes back with a comment.
 * On a phone the list and the preview stack.
 */
@Route("signing")
@RolesAllowed("LEADER")
@Menu(title = "nav.signing", order = 28, icon = "vaadin:pencil")
class SigningQueueView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentDrafts drafts;
    private final DraftVersions versions;
    private final DraftApproval approval;
    private final DocumentPreviews previews;
    private final List<DraftSummary> queue;
    private final Div list = new Div();
    private final Div reading = new Div();
    /** The draft being read, which choosing again leaves as it is: its buttons stay the ones pressed. */
    private DraftId shown;

    SigningQueueView(DraftQueues queues, DocumentDrafts drafts, DraftVersions versions, DraftApproval approval,
                     DocumentPreviews previews) {
        this.drafts = drafts;
        this.versions = versions;
        this.approval = approval;
        this.previews = previews;
        this.queue = new ArrayList<>(queues.toSign());
        addClassName("signing-queue");
        list.addClassName("signing-list");
        reading.addClassName("signing-reading");
        Div columns = new Div(list, reading);
        columns.addClassName("signing-columns");
        columns.setWidthFull();
        add(columns);
        showList();
        if (!queue.isEmpty()) {
            read(queue.getFirst());
        }
    }

    private void showList() {
        list.removeAll();
        list.add(new H3(getTranslation("signing.count", queue.size())));
        if (queue.isEmpty()) {
            list.add(new Paragraph(getTranslation("signing.empty")));
            return;
        }
        for (DraftSummary draft : queue) {
            Button item = new Button(draft.summary(), click -> read(draft));
            item.addClassName("signing-item");
            item.getElement().setAttribute("title", draft.issuingBodyName());
            Span meta = new Span(getTranslation("signing.item.meta", getTranslation(draft.type().messageKey()),
                    draft.issuingBodyName(), draft.drafter(), VietnameseDates.format(draft.updatedAt())));
            meta.addClassName("signing-item-meta");
            list.add(new Div(item, meta));
        }
    }

    private void read(DraftSummary summary) {
        if (summary.id().equals(shown)) {
            return;
        }
        reading.removeAll();
        shown = null;
        Actions.call(() -> drafts.find(summary.id()).orElseThrow()).ifPresent(draft -> {
            shown = draft.id();
            reading.add(new H3(draft.content().summary()), new Span(getTranslation("signing.reading.meta",
                    getTranslation(draft.content().type().messageKey()), draft.issuingBodyName(), draft.revision())));
            FlexLayout actions = new FlexLayout(signOff(draft, summary), back(draft, summary),
                    new Anchor("drafts/" + draft.id(), getTranslation("signing.open")));
            actions.addClassName("toolbar");
            reading.add(actions, new DraftPreviewPanel(versions, previews, draft));
        });
    }

    private Button signOff(DraftView draft, DraftSummary summary) {
        Button signOff = new Button(getTranslation("draft.action.signOff", draft.revision()));
        signOff.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        return Buttons.once(signOff, () -> {
            if (Actions.run(() -> approval.signOff(draft.id(), draft.revision(), null), "draft.signed")) {
                done(summary);
            }
        });
    }

    private Button back(DraftView draft, DraftSummary summary) {
        return StepDialogs.withComment(getTranslation("draft.action.return"), true, comment -> {
            if (!Actions.run(() -> approval.returnToDrafter(draft.id(), comment), "draft.returned")) {
                return false;
            }
            done(summary);
            return true;
        });
    }

    /** Off the queue, and on to the next one waiting. */
    private void done(DraftSummary summary) {
        queue.remove(summary);
        showList();
        reading.removeAll();
        shown = null;
        if (!queue.isEmpty()) {
            read(queue.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return Messages.text("nav.signing");
    }
}
