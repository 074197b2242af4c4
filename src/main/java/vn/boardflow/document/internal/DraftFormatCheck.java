package vn.boardflow.document.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.document.FormatCheck;
import vn.boardflow.shared.RuleViolation;

/**
 * Kiểm tra thể thức on the draft, before a number is spent on it: a template that breaks the rules (an
 * uploaded one, say) stops the issuance with the first rule it breaks; a drafter's preview lists them all.
 */
@Component
class DraftFormatCheck {

    private final TemplateLibrary templates;
    private final WordDocumentRenderer renderer;
    private final FormatCheck formatCheck;

    DraftFormatCheck(TemplateLibrary templates, WordDocumentRenderer renderer, FormatCheck formatCheck) {
        this.templates = templates;
        this.renderer = renderer;
        this.formatCheck = formatCheck;
    }

    Preview preview(DocumentContent draft) {
        byte[] rendered = renderer.render(templates.template(draft.type(), templates.activeVersion(draft.type())), draft);
        return new Preview(rendered, formatCheck.check(rendered, draft.body().profile(), true));
    }

    /**
     * The document as it is issued, its number and date in it, rendered once: refused with the first rule it breaks
     * (inside the issuing transaction, so no number is spent on it), its Word file otherwise.
     */
    byte[] issued(DocumentContent numbered, String templateVersion) {
        byte[] rendered = renderer.render(templates.template(numbered.type(), templateVersion), numbered);
        formatCheck.check(rendered, numbered.body().profile(), false).stream().findFirst().ifPresent(finding -> {
            throw new RuleViolation(finding.messageKey(), finding.line());
        });
        return rendered;
    }
}
