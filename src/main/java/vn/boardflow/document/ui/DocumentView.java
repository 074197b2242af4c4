package vn.boardflow.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.boardflow.document.AmendmentKind;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.DocumentAttachments;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuedDocuments.DocumentFile;
import vn.boardflow.document.IssuedDocuments.ReadReceipt;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Downloads;

/**
 * An issued document: its record, the file exactly as issued, its recipients, and for the issuing side
 * who has opened it. Opening this page as a recipient marks the document read.
 */
@Route("documents/issued")
@PermitAll
class DocumentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final IssuedDocuments documents;
    private final IssuingBodies bodies;
    private final AccessPolicy access;
    private final IssueDialogs dialogs;
    private final DocumentAttachments attachments;
    private String title = "";

    DocumentView(IssuedDocuments documents, IssuingBodies bodies, AccessPolicy access, IssueDialogs dialogs,
                 DocumentAttachments attachments) {
        this.documents = documents;
        this.bodies = bodies;
        this.access = access;
        this.dialogs = dialogs;
        this.attachments = attachments;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        documents.find(id).ifPresentOrElse(this::show, () -> {
            title = getTranslation("document.error.notFound");
            add(new Span(title));
        });
    }

    private void show(IssuedDocumentView document) {
        documents.markRead(document.id());
        title = document.symbol();
        FormLayout record = new FormLayout();
        record.addFormItem(new Span(document.symbol()), getTranslation("register.column.symbol"));
        record.addFormItem(new Span(VietnameseDates.format(document.issuedOn())), getTranslation("register.column.date"));
        record.addFormItem(new Span(getTranslation(document.type().messageKey())), getTranslation("register.field.type"));
        record.addFormItem(new Span(document.summary()), getTranslation("register.field.summary"));
        record.addFormItem(new Span(document.signer()), getTranslation("register.field.signer"));
        record.addFormItem(new Span(document.issuedBy() + " · " + VietnameseDates.format(document.issuedAt())),
                getTranslation("document.issuedBy"));
        record.addFormItem(new Span(document.templateVersion()), getTranslation("document.template"));
        record.addFormItem(new Span(document.sha256() == null ? getTranslation("document.rendering") : document.sha256()),
                getTranslation("document.sha256"));
        if (document.amendsId() != null) {
            Component original = documents.find(document.amendsId())
                    .<Component>map(amended -> link(document.amendmentKind(), amended))
                    .orElseGet(() -> new Span(getTranslation(document.amendmentKind().messageKey())));
            record.addFormItem(original, getTranslation("document.amends"));
        }
        List<IssuedDocumentView> amendments = documents.amendmentsOf(document.id());
        if (!amendments.isEmpty()) {
            Div links = new Div();
            amendments.forEach(amendment -> links.add(new Div(link(amendment.amendmentKind(), amendment))));
            record.addFormItem(links, getTranslation("document.amendedBy"));
        }
        boolean clerk = bodies.find(document.issuingBodyId()).filter(body -> access.can(Role.CLERK, body.unitId()))
                .isPresent();
        add(record, actions(document), new DocumentFilesPanel(attachments, document.id(), clerk),
                new H3(getTranslation("register.column.recipients")), recipients(document));
        bodies.find(document.issuingBodyId()).filter(body -> access.canActIn(body.unitId()))
                .ifPresent(body -> add(new H3(getTranslation("document.readReceipts")), receipts(document)));
    }

    /** "Đính chính: 02/KH-BTC.ĐACN ngày 05/01/2018", leading to that document. */
    private RouterLink link(AmendmentKind kind, IssuedDocumentView target) {
        return new RouterLink(getTranslation("document.amendment", getTranslation(kind.messageKey()), target.symbol(),
                VietnameseDates.format(target.issuedOn())), DocumentView.class, target.id());
    }

    /** The download, and for the body's clerks a new document that amends, replaces or corrects this one. */
    private Component actions(IssuedDocumentView document) {
        FlexLayout actions = new FlexLayout(download(document));
        actions.addClassName("toolbar");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        bodies.find(document.issuingBodyId()).filter(body -> access.can(Role.CLERK, body.unitId())).ifPresent(body -> {
            Button amend = new Button(getTranslation("issue.amend"), click -> dialogs.amend(body, document));
            amend.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(amend);
        });
        return actions;
    }

    private Component download(IssuedDocumentView document) {
        return Downloads.link(getTranslation("document.download", document.fileName()), () -> {
            DocumentFile downloaded = documents.download(document.id());
            return new Downloads.File(downloaded.fileName(), Downloads.WORD_TYPE, downloaded.bytes());
        });
    }

    private Component recipients(IssuedDocumentView document) {
        UnorderedList list = new UnorderedList();
        document.recipients().forEach(recipient -> list.add(new ListItem(recipient.label())));
        return list;
    }

    private Component receipts(IssuedDocumentView document) {
        Grid<ReadReceipt> grid = new Grid<>();
        grid.addColumn(ReadReceipt::unitName).setHeader(getTranslation("membership.field.unit")).setFlexGrow(2);
        grid.addComponentColumn(receipt -> receipt.readAt() == null
                        ? Badges.of(getTranslation("incoming.unread"), Badges.Tone.ERROR)
                        : Badges.of(getTranslation("incoming.readAt", VietnameseDates.format(receipt.readAt())),
                        Badges.Tone.SUCCESS))
                .setHeader(getTranslation("incoming.column.status"));
        grid.addColumn(ReadReceipt::readBy).setHeader(getTranslation("incoming.column.readBy"));
        List<ReadReceipt> receipts = documents.readReceipts(document.id());
        grid.setItems(receipts);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("document.noUnitRecipients"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
