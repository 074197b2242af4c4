package vn.boardflow.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import vn.boardflow.fund.SettlementAction;
import vn.boardflow.fund.SettlementFiles;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.Settlements.AttachedFile;
import vn.boardflow.fund.Settlements.Attachment;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.EvidenceFiles;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.FileList;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.Uploads;

/**
 * One voucher as a card, the same on a phone as on a desk: what it is, the accountant's comment on it, what the
 * checks find in it, its scans and photos; while the ward writes the dossier, a photo is taken or a file chosen
 * right on the card, and the voucher is changed or removed from it.
 */
final class VoucherCard {

    /** What the card's buttons ask of the page, which saves and redraws. */
    interface Changes {
        void edit(Voucher voucher);

        void remove(Voucher voucher);

        void filesChanged();
    }

    private VoucherCard() {
    }

    static Div of(SettlementView dossier, Voucher voucher, SettlementFiles files, Changes changes) {
        Div card = new Div();
        card.addClassName("voucher-card");
        card.setId("voucher-" + voucher.no());
        Span heading = new Span(Messages.text("voucher.heading", voucher.no(), voucher.number(),
                VietnameseDates.format(voucher.date())) + (voucher.hasInvoice()
                ? " · " + Messages.text("voucher.invoice", voucher.invoiceNumber()) : ""));
        heading.getStyle().set("font-weight", "600");
        card.add(new Div(heading), new Div(voucher.content()));
        String counts = voucher.persons() == null ? "" : " · " + Messages.text("voucher.counts", voucher.persons(),
                voucher.sessions() == null ? 1 : voucher.sessions());
        card.add(new Div(Messages.text("voucher.itemAndAmount", voucher.itemCode(), voucher.amount().display())
                + counts));
        String comment = dossier.comments().get(voucher.no());
        if (comment != null) {
            Div said = new Div(Messages.text("voucher.comment", comment));
            said.addClassName("callout-error");
            card.add(said);
        }
        for (SettlementFinding finding : dossier.findings()) {
            if (Integer.valueOf(voucher.no()).equals(finding.voucherNo())) {
                card.add(new Div(FindingText.of(finding)));
            }
        }
        boolean writes = dossier.may(SettlementAction.EDIT);
        card.add(FileList.of(dossier.attachmentsOf(voucher.no()).stream()
                .map(attachment -> entry(dossier, attachment, files, writes, changes)).toList(),
                Messages.text("voucher.files.none")));
        if (writes) {
            FlexLayout tools = new FlexLayout(upload(dossier, voucher, files, changes),
                    button("voucher.edit", VaadinIcon.EDIT, () -> changes.edit(voucher)),
                    button("voucher.remove", VaadinIcon.TRASH, () -> ConfirmDialogs.confirm(
                            Messages.text("voucher.remove.title"), Messages.text("voucher.remove.text", voucher.number()),
                            Messages.text("voucher.remove"), () -> changes.remove(voucher))));
            tools.addClassName("toolbar");
            card.add(tools);
        }
        return card;
    }

    private static FileList.Entry entry(SettlementView dossier, Attachment attachment, SettlementFiles files,
                                        boolean writes, Changes changes) {
        return new FileList.Entry(attachment.fileName(), attachment.size(), () -> {
            AttachedFile file = files.file(attachment.id());
            return new Downloads.File(file.fileName(), file.contentType(), file.content());
        }, writes ? () -> ConfirmDialogs.confirm(Messages.text("voucher.file.remove.title"),
                Messages.text("voucher.file.remove.text", attachment.fileName()), Messages.text("voucher.file.remove"),
                () -> {
                    if (Actions.run(() -> files.detach(dossier.id(), attachment.id()))) {
                        changes.filesChanged();
                    }
                }) : null);
    }

    private static Upload upload(SettlementView dossier, Voucher voucher, SettlementFiles files, Changes changes) {
        Upload upload = Uploads.inMemory(EvidenceFiles.MAX_UPLOAD_BYTES, Messages.text("evidence.rejected",
                EvidenceFiles.MAX_UPLOAD_BYTES / (1024 * 1024)), (fileName, bytes) ->
                Actions.call(() -> files.attach(dossier.id(), voucher.no(), fileName, bytes)).ifPresent(added -> {
                    Notifications.success(Messages.text("voucher.file.attached", added.fileName(), voucher.number()));
                    changes.filesChanged();
                }));
        upload.setAcceptedFileTypes(EvidenceFiles.ACCEPTED_TYPES.toArray(String[]::new));
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(Messages.text("voucher.file.add"), VaadinIcon.CAMERA.create()));
        upload.getElement().setAttribute("aria-label", Messages.text("voucher.file.addFor", voucher.number()));
        return upload;
    }

    private static Button button(String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(Messages.text(labelKey), icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }
}
