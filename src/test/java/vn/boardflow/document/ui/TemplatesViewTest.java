package vn.boardflow.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.document.DocumentTemplates.TemplateVersion;

class TemplatesViewTest extends KaribuTest {

    @Test
    void anAdministratorSeesTheShippedTemplateAndCanUploadAVersion() {
        loginAs("quantri");
        UI.getCurrent().navigate("admin/templates");

        @SuppressWarnings("unchecked")
        Grid<TemplateVersion> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(TemplateVersion::version).contains("default/KH.docx");
        _get(Upload.class);
    }

    @Test
    void aClerkDownloadsTemplatesButDoesNotUpload() {
        loginAs("vanthu");
        UI.getCurrent().navigate("admin/templates");

        _get(Grid.class);
        _assertNone(Upload.class);
    }
}
