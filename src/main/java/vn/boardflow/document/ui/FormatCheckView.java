package vn.boardflow.document.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.boardflow.document.DocumentTemplates;
import vn.boardflow.document.FormatCheck;
import vn.boardflow.document.FormatCheck.Finding;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Uploads;

/** Kiểm tra thể thức for a Word file drafted anywhere: upload it and read what breaks the format rules. */
@Route("documents/format-check")
@RolesAllowed({"CLERK", "DRAFTER", "REVIEWER", "LEADER", "ADMIN"})
@Menu(title = "formatCheck.title", order = 33, icon = "vaadin:check-square-o")
class FormatCheckView extends VerticalLayout implements HasDynamicTitle {

    private final Select<FormatProfile> profile = new Select<>();
    private final VerticalLayout result = new VerticalLayout();

    FormatCheckView(FormatCheck formatCheck) {
        profile.setLabel(getTranslation("formatCheck.profile"));
        profile.setItems(FormatProfile.values());
        profile.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        profile.setValue(FormatProfile.STATE);
        Upload upload = Uploads.inMemory(DocumentTemplates.MAX_UPLOAD_BYTES, getTranslation("template.rejected",
                DocumentTemplates.MAX_UPLOAD_BYTES / (1024 * 1024)), (fileName, bytes) ->
                Actions.call(() -> formatCheck.check(bytes, profile.getValue(), false))
                        .ifPresent(findings -> show(fileName, findings)));
        upload.setAcceptedFileTypes(".docx", Downloads.WORD_TYPE);
        upload.setMaxFiles(1);
        result.setPadding(false);
        add(new Paragraph(getTranslation("formatCheck.explanation")), profile, upload, result);
    }

    private void show(String fileName, List<Finding> findings) {
        result.removeAll();
        result.add(new H3(fileName));
        if (findings.isEmpty()) {
            result.add(new Paragraph(getTranslation("formatCheck.noFindings")));
            return;
        }
        result.add(new Paragraph(getTranslation("formatCheck.findings", findings.size())));
        UnorderedList list = new UnorderedList();
        findings.forEach(finding -> list.add(new ListItem(getTranslation(finding.messageKey(), finding.line()))));
        result.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("formatCheck.title");
    }
}
