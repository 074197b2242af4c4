package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.ScorecardEvidence;
import vn.boardflow.emulation.ScorecardEvidence.EvidenceFile;
import vn.boardflow.emulation.StoredFile;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.EvidenceFiles;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.FileList;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.Uploads;

/**
 * The files backing a member's own score of one criterion, each a download; while the member may still change its
 * scores, a photo or scan is added (on a phone, taken with its camera) and a file removed after asking.
 */
class OwnEvidence extends Div {

    private final ScorecardEvidence evidence;
    private final AgreementId agreementId;
    private final UnitId unitId;
    private final String criterion;
    private final boolean writes;

    OwnEvidence(ScorecardEvidence evidence, AgreementId agreementId, UnitId unitId, String criterion,
                List<EvidenceFile> files, boolean writes) {
        this.evidence = evidence;
        this.agreementId = agreementId;
        this.unitId = unitId;
        this.criterion = criterion;
        this.writes = writes;
        addClassName("own-evidence");
        show(files);
    }

    private void show(List<EvidenceFile> files) {
        removeAll();
        add(FileList.of(files.stream().map(this::entry).toList(), Messages.text("emulation.evidence.none")));
        if (writes) {
            add(upload());
        }
    }

    private void refresh() {
        show(evidence.of(agreementId, unitId).stream().filter(file -> file.criterion().equals(criterion)).toList());
    }

    private FileList.Entry entry(EvidenceFile file) {
        return new FileList.Entry(file.fileName(), file.size(), () -> {
            StoredFile content = evidence.file(file.id());
            return new Downloads.File(content.fileName(), content.contentType(), content.content());
        }, writes ? () -> ConfirmDialogs.confirm(Messages.text("emulation.evidence.remove.title"),
                Messages.text("emulation.evidence.remove.text", file.fileName()),
                Messages.text("emulation.evidence.remove"), () -> {
                    if (Actions.run(() -> evidence.remove(agreementId, unitId, file.id()))) {
                        refresh();
                    }
                }) : null);
    }

    private Upload upload() {
        Upload upload = Uploads.inMemory(EvidenceFiles.MAX_UPLOAD_BYTES, Messages.text("evidence.rejected",
                EvidenceFiles.MAX_UPLOAD_BYTES / (1024 * 1024)), (fileName, bytes) ->
                Actions.call(() -> evidence.attach(agreementId, unitId, criterion, fileName, bytes)).ifPresent(added -> {
                    Notifications.success(Messages.text("emulation.evidence.attached", added.fileName(), criterion));
                    refresh();
                }));
        upload.setAcceptedFileTypes(EvidenceFiles.ACCEPTED_TYPES.toArray(String[]::new));
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(Messages.text("emulation.evidence.add"), VaadinIcon.CAMERA.create()));
        upload.getElement().setAttribute("aria-label", Messages.text("emulation.evidence.addFor", criterion));
        return upload;
    }
}
