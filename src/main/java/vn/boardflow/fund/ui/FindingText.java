package vn.boardflow.fund.ui;

import com.vaadin.flow.component.html.Span;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.shared.ui.Messages;

/** A check's finding as every screen says it: in red when it keeps the dossier from being sent, amber otherwise. */
final class FindingText {

    private FindingText() {
    }

    static Span of(SettlementFinding finding) {
        Span text = new Span(Messages.text(finding.messageKey(), finding.arguments().toArray()));
        text.addClassName(finding.blocking() ? "field-error" : "field-warning");
        return text;
    }
}
