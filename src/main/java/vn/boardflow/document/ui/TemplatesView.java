package vn.boardflow.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.boardflow.document.DocumentTemplates;
import vn.boardflow.document.DocumentTemplates.TemplateVersion;
import vn.boardflow.document.DocumentType;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.Uploads;

/**
 * The Word templates of each document type: the shipped one and the versions uploaded to replace it,
 * each downloadable to edit in Word or LibreOffice. Administrators upload; a refused file is explained and
 * changes nothing.
 */
@Route("admin/templates")
@RolesAllowed({"ADMIN", "CLERK"})
@Menu(title = "nav.templates", order = 23, icon = "vaadin:file-text-o")
class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentTemplates templates;
    private final Select<DocumentType> type = new Select<>();
    private final Grid<TemplateVersion> grid = new Grid<>();

    TemplatesView(DocumentTemplates templates, AccessPolicy access) {
        this.templates = templates;
        type.setLabel(getTranslation("register.field.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setValue(DocumentType.KE_HOACH);
        type.addValueChangeListener(change -> refresh());

        grid.addColumn(version -> version.number() == 0 ? getTranslation("template.shipped")
                : getTranslation("template.version", version.number())).setHeader(getTranslation("template.column.version"));
        grid.addColumn(TemplateVersion::fileName).setHeader(getTranslation("template.column.file"));
        grid.addColumn(version -> version.uploadedBy() == null ? ""
                : version.uploadedBy() + " · " + VietnameseDates.format(version.uploadedAt()))
                .setHeader(getTranslation("template.column.uploaded"));
        grid.addComponentColumn(version -> version.active() ? Badges.of(getTranslation("template.active"),
                Badges.Tone.SUCCESS) : new Paragraph()).setHeader(getTranslation("template.column.state"));
        grid.addComponentColumn(this::download).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("template.explanation")), type, grid);
        if (!access.unitsWhere(Role.ADMIN).isEmpty()) {
            add(upload());
        }
        refresh();
    }

    private Component download(TemplateVersion version) {
        return new Anchor(Downloads.handler(() -> new Downloads.File(version.fileName(), Downloads.WORD_TYPE,
                templates.file(version.type(), version.version()))), getTranslation("template.download"));
    }

    private Upload upload() {
        Upload upload = Uploads.inMemory(DocumentTemplates.MAX_UPLOAD_BYTES, getTranslation("template.rejected",
                DocumentTemplates.MAX_UPLOAD_BYTES / (1024 * 1024)), (fileName, bytes) ->
                Actions.call(() -> templates.upload(type.getValue(), fileName, bytes)).ifPresent(version -> {
                    Notifications.success(getTranslation("template.uploaded", version.number()));
                    refresh();
                }));
        upload.setAcceptedFileTypes(".docx", Downloads.WORD_TYPE);
        upload.setMaxFiles(1);
        return upload;
    }

    private void refresh() {
        grid.setItems(templates.versions(type.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.templates");
    }
}
