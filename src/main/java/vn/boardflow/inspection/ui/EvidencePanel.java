package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.InspectionEvidence.Attach;
import vn.boardflow.inspection.InspectionEvidence.EvidenceFile;
import vn.boardflow.inspection.InspectionEvidence.EvidenceView;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.shared.EvidenceFiles;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.Uploads;

/**
 * The evidence of one criterion or one remedial task: each file to download (or take back, for whoever
 * attached it while it is still open), and a phone-friendly upload that opens the camera or the files.
 */
class EvidencePanel extends Composite<Div> {

    private final InspectionEvidence evidence;
    private final WardInspectionId wardInspectionId;
    private final String criterionCode;
    private final Long remedyId;
    private final Div files = new Div();
    private final List<EvidenceView> shown = new ArrayList<>();

    private EvidencePanel(InspectionEvidence evidence, WardInspectionId wardInspectionId, String criterionCode, Long remedyId,
                  List<EvidenceView> initial, boolean mayAttach) {
        this.evidence = evidence;
        this.wardInspectionId = wardInspectionId;
        this.criterionCode = criterionCode;
        this.remedyId = remedyId;
        getContent().addClassName("evidence");
        files.addClassName("evidence-files");
        getContent().add(files);
        shown.addAll(initial);
        showFiles();
        if (mayAttach) {
            getContent().add(upload());
        }
    }

    /** One criterion's panel, from all the files of the ward's inspection. */
    static EvidencePanel ofCriterion(InspectionEvidence evidence, WardInspectionId wardInspectionId, String criterionCode,
                                     List<EvidenceView> all, boolean mayAttach) {
        return new EvidencePanel(evidence, wardInspectionId, criterionCode, null, all.stream()
                .filter(file -> file.remedyId() == null && criterionCode.equals(file.criterionCode())).toList(),
                mayAttach);
    }

    /** One remedial task's panel, from all the files of the ward's inspection. */
    static EvidencePanel ofRemedy(InspectionEvidence evidence, WardInspectionId wardInspectionId, long remedyId,
                                  List<EvidenceView> all, boolean mayAttach) {
        return new EvidencePanel(evidence, wardInspectionId, null, remedyId, all.stream()
                .filter(file -> Long.valueOf(remedyId).equals(file.remedyId())).toList(), mayAttach);
    }

    private Upload upload() {
        Upload upload = Uploads.inMemory(EvidenceFiles.MAX_UPLOAD_BYTES, getTranslation("evidence.rejected",
                EvidenceFiles.MAX_UPLOAD_BYTES / (1024 * 1024)), (fileName, bytes) ->
                Actions.call(() -> evidence.attach(new Attach(wardInspectionId, criterionCode, remedyId,
                        fileName, bytes))).ifPresent(added -> {
                    shown.add(added);
                    showFiles();
                    Notifications.success(getTranslation("evidence.attached", added.fileName()));
                }));
        upload.setAcceptedFileTypes(EvidenceFiles.ACCEPTED_TYPES.toArray(String[]::new));
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation(remedyId == null ? "evidence.add" : "evidence.addForRemedy"),
                VaadinIcon.CAMERA.create()));
        upload.getElement().setAttribute("aria-label", getTranslation(remedyId == null
                ? "evidence.uploadOf" : "evidence.uploadForRemedy", criterionCode == null ? "" : criterionCode));
        return upload;
    }

    private void showFiles() {
        files.removeAll();
        if (shown.isEmpty()) {
            Span none = new Span(getTranslation("evidence.none"));
            none.addClassName("secondary-text");
            files.add(none);
        }
        for (EvidenceView piece : shown) {
            Div line = new Div(Downloads.link(getTranslation("evidence.file", piece.fileName(), piece.size() / 1024 + 1),
                    () -> {
                        EvidenceFile file = evidence.file(piece.id());
                        return new Downloads.File(file.fileName(), file.contentType(), file.content());
                    }));
            if (piece.mayRemove()) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> ConfirmDialogs.confirm(
                        getTranslation("evidence.remove.title"), getTranslation("evidence.remove.text", piece.fileName()),
                        getTranslation("evidence.remove.confirm"), () -> {
                            if (Actions.run(() -> evidence.remove(piece.id()), "evidence.removed", piece.fileName())) {
                                shown.remove(piece);
                                showFiles();
                            }
                        }));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(getTranslation("evidence.remove", piece.fileName()));
                line.add(remove);
            }
            line.addClassName("evidence-line");
            files.add(line);
        }
    }
}
