package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.document.DocumentPreviews;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DraftVersions;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.Messages;

/**
 * The draft as it will print: what the format check finds in it, the Word file read on screen (on a phone
 * too), and the file to download. The draft page and the leader's queue both show it.
 */
class DraftPreviewPanel extends Div {

    DraftPreviewPanel(DraftVersions versions, DocumentPreviews previews, DraftView draft) {
        addClassName("draft-preview");
        add(new H3(Messages.text("draft.preview.title")));
        Actions.call(() -> versions.preview(draft.id())).ifPresent(preview -> {
            if (preview.passes()) {
                Div passes = new Div(Messages.text("draft.preview.passes"));
                passes.addClassName("callout-success");
                add(passes);
            }
            preview.findings().forEach(finding -> {
                Div line = new Div(Messages.text(finding.messageKey(), finding.line()));
                line.addClassName("finding");
                add(line);
            });
            add(Downloads.link(Messages.text("draft.preview.download"), () -> file(draft, preview)));
            IFrame page = new IFrame();
            page.setSrcdoc(previews.asHtml(preview.docx()));
            page.setTitle(Messages.text("draft.preview.page", draft.revision()));
            page.addClassName("draft-page-preview");
            add(page);
        });
    }

    private static Downloads.File file(DraftView draft, Preview preview) {
        return new Downloads.File("du-thao-" + draft.id() + "-ban-" + draft.revision() + ".docx", Downloads.WORD_TYPE,
                preview.docx());
    }
}
