package vn.boardflow.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.boardflow.report.UnitReports.Finding;

/**
 * What the checks found in the report as it was last saved: what still keeps it from being sent, and each figure
 * to confirm, with a box the officer ticks when it is right. A tick stays while the same figure is asked about.
 */
class FindingsList extends Composite<Div> {

    private final Map<String, Checkbox> confirmations = new HashMap<>();

    FindingsList(List<Finding> findings) {
        show(findings);
    }

    void show(List<Finding> findings) {
        Set<String> ticked = confirmed();
        confirmations.clear();
        Div content = getContent();
        content.removeAll();
        content.setVisible(!findings.isEmpty());
        if (findings.isEmpty()) {
            return;
        }
        content.addClassName(findings.stream().anyMatch(Finding::blocking) ? "callout-error" : "callout-info");
        content.removeClassName(findings.stream().anyMatch(Finding::blocking) ? "callout-info" : "callout-error");
        for (Finding finding : findings) {
            String text = getTranslation(finding.messageKey(), finding.arguments().toArray());
            if (finding.blocking()) {
                Div line = new Div(new Span(text));
                content.add(line);
            } else {
                Checkbox confirm = new Checkbox(text, ticked.contains(finding.fieldKey()));
                confirmations.put(finding.fieldKey(), confirm);
                content.add(new Div(confirm));
            }
        }
    }

    Set<String> confirmed() {
        Set<String> confirmed = new HashSet<>();
        confirmations.forEach((key, box) -> {
            if (box.getValue()) {
                confirmed.add(key);
            }
        });
        return confirmed;
    }
}
