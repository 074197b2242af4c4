package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.Proposals;
import vn.boardflow.emulation.Proposals.Check;
import vn.boardflow.emulation.Proposals.ProposalFile;
import vn.boardflow.emulation.Proposals.ProposalView;
import vn.boardflow.emulation.StoredFile;
import vn.boardflow.shared.EvidenceFiles;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.FileList;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.Uploads;

/**
 * A proposal: its details (changed while it is written), each check passed, failed or noted with its reason, the
 * report of the achievements and the evidence; sent, deleted or saved from its footer.
 */
class ProposalDialog extends Dialog {

    private final Proposals proposals;
    private final Runnable changed;
    private final Runnable filesChanged;

    /**
     * @param changed      after a change that closes the dialog: the list is read again
     * @param filesChanged after a file was added or removed: the list is read again and the proposal reopened
     */
    ProposalDialog(Proposals proposals, ProposalView proposal, List<Member> units, List<CommendationRule> forms,
                   Runnable changed, Runnable filesChanged) {
        this.proposals = proposals;
        this.changed = changed;
        this.filesChanged = filesChanged;
        setHeaderTitle(Messages.text("emulation.proposal.title", proposal.form() == null ? proposal.details().formCode()
                : proposal.form().name(), proposal.details().nomineeName()));
        setWidth("min(48rem, 100vw)");
        setId("proposal");
        ProposalForm form = new ProposalForm(units.isEmpty() ? List.of(new Member(proposal.details().nomineeUnitId(),
                proposal.nomineeUnitName())) : units, forms, proposal.details());
        if (!proposal.mayEdit()) {
            form.readOnly();
        }
        FormLayout fields = new FormLayout();
        form.rows().forEach(fields::add);
        if (proposal.returned() != null && proposal.status().written()) {
            Div returned = new Div(Messages.text("emulation.proposal.returnedWith", proposal.returned()));
            returned.addClassName("callout-error");
            add(returned);
        }
        add(fields, new H4(Messages.text("emulation.proposal.column.checks")), checks(proposal.checks()),
                new H4(Messages.text("emulation.proposal.files.title")), files(proposal));
        Button close = new Button(Messages.text("action.close"), click -> close());
        getFooter().add(close);
        if (proposal.mayEdit()) {
            Button delete = new Button(Messages.text("emulation.proposal.delete"), click -> ConfirmDialogs.confirm(
                    Messages.text("emulation.proposal.delete"), Messages.text("emulation.proposal.delete.confirm",
                            proposal.details().nomineeName()), Messages.text("emulation.proposal.delete"),
                    () -> done(Actions.run(() -> proposals.delete(proposal.id(), proposal.version()),
                            "emulation.proposal.deleted"))));
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            Button save = new Button(Messages.text("emulation.proposal.save"));
            Buttons.once(save, () -> done(Actions.run(() -> proposals.revise(proposal.id(), proposal.version(),
                    form.details(proposal.campaignId())), "emulation.proposal.saved")));
            Button send = new Button(Messages.text("emulation.proposal.send"), click -> ConfirmDialogs.confirm(
                    Messages.text("emulation.proposal.send"), Messages.text("emulation.proposal.send.confirm"),
                    Messages.text("emulation.proposal.send"), () -> done(Actions.run(() -> proposals.send(proposal.id(),
                            proposal.version()), "emulation.proposal.sent"))));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.setId("send-proposal");
            getFooter().add(delete, save, send);
        }
        if (proposal.mayCompile()) {
            Button back = new Button(Messages.text("emulation.proposal.sendBack"), click -> returning(proposal));
            back.setId("return-proposal");
            Button compile = new Button(Messages.text("emulation.proposal.compile"), click -> ConfirmDialogs.confirm(
                    Messages.text("emulation.proposal.compile"), Messages.text("emulation.proposal.compile.confirm",
                            proposal.details().nomineeName(), proposal.failed()), Messages.text("emulation.proposal.compile"),
                    () -> done(Actions.run(() -> proposals.compile(proposal.id(), proposal.version()),
                            "emulation.proposal.compiled"))));
            compile.addThemeVariants(ButtonVariant.PRIMARY);
            compile.setId("compile-proposal");
            getFooter().add(back, compile);
        }
    }

    private void returning(ProposalView proposal) {
        TextArea reason = new TextArea(Messages.text("emulation.proposal.reason"));
        reason.setMaxLength(1000);
        reason.setRequired(true);
        new FormDialog(Messages.text("emulation.proposal.sendBack"), Messages.text("emulation.proposal.sendBack"),
                () -> {
                    boolean returned = Actions.run(() -> proposals.sendBack(proposal.id(), proposal.version(),
                            reason.getValue()), "emulation.proposal.returned");
                    done(returned);
                    return returned;
                }).wide(reason).open();
    }

    private static Component checks(List<Check> checks) {
        Div list = new Div();
        list.addClassName("proposal-checks");
        for (Check check : checks) {
            VaadinIcon icon = switch (check.outcome()) {
                case PASSED -> VaadinIcon.CHECK_CIRCLE;
                case FAILED -> VaadinIcon.CLOSE_CIRCLE;
                case NOTED -> VaadinIcon.INFO_CIRCLE;
            };
            Div row = new Div(icon.create(), new Span(" "
                    + Messages.text(check.messageKey(), check.arguments().toArray())));
            row.addClassName("check-" + check.outcome().name().toLowerCase(Locale.ROOT));
            list.add(row);
        }
        return list;
    }

    private Component files(ProposalView proposal) {
        Div files = new Div(FileList.of(proposal.files().stream().map(file -> entry(proposal, file)).toList(),
                Messages.text("emulation.proposal.files.none")));
        if (proposal.mayEdit()) {
            files.add(upload(proposal, ProposalFile.Kind.REPORT, "emulation.proposal.addReport"),
                    upload(proposal, ProposalFile.Kind.EVIDENCE, "emulation.proposal.addEvidence"));
        }
        return files;
    }

    private FileList.Entry entry(ProposalView proposal, ProposalFile file) {
        return new FileList.Entry(Messages.text(file.kind().messageKey()) + ": " + file.fileName(), file.size(), () -> {
            StoredFile content = proposals.file(file.id());
            return new Downloads.File(content.fileName(), content.contentType(), content.content());
        }, proposal.mayEdit() ? () -> {
            if (Actions.run(() -> proposals.detach(proposal.id(), file.id()))) {
                close();
                filesChanged.run();
            }
        } : null);
    }

    private Upload upload(ProposalView proposal, ProposalFile.Kind kind, String labelKey) {
        Upload upload = Uploads.inMemory(EvidenceFiles.MAX_UPLOAD_BYTES, Messages.text("evidence.rejected",
                EvidenceFiles.MAX_UPLOAD_BYTES / (1024 * 1024)), (fileName, bytes) ->
                Actions.call(() -> proposals.attach(proposal.id(), kind, fileName, bytes)).ifPresent(added -> {
                    Notifications.success(Messages.text("emulation.proposal.fileAttached", added.fileName()));
                    close();
                    filesChanged.run();
                }));
        upload.setAcceptedFileTypes(EvidenceFiles.ACCEPTED_TYPES.toArray(String[]::new));
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(Messages.text(labelKey), VaadinIcon.UPLOAD.create()));
        upload.getElement().setAttribute("aria-label", Messages.text(labelKey));
        return upload;
    }

    private void done(boolean succeeded) {
        if (succeeded) {
            close();
            changed.run();
        }
    }
}
