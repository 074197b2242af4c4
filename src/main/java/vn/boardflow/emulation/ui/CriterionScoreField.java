package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import vn.boardflow.emulation.ScoreText;
import vn.boardflow.emulation.Scorecards.Line;
import vn.boardflow.shared.ui.Messages;

/**
 * A criterion's score as typed: the criterion in full above the field (a phone cannot show it in a label), the
 * field as wide as the dialog with the maximum under it, then whatever else the criterion takes (a note, files).
 */
class CriterionScoreField extends VerticalLayout {

    private final BigDecimalField score = new BigDecimalField(Messages.text("emulation.card.score"));

    CriterionScoreField(Line line, BigDecimal value, Component... more) {
        setPadding(false);
        setSpacing(false);
        getStyle().set("margin-top", "var(--lumo-space-m)");
        Span criterion = new Span(line.criterion().code() + ". " + line.criterion().title());
        criterion.getStyle().set("font-weight", "600");
        score.setHelperText(Messages.text("emulation.card.upTo", ScoreText.of(line.criterion().maxScore())));
        score.setValue(value);
        score.setWidthFull();
        score.setAriaLabel(Messages.text("emulation.card.scoreOf", line.criterion().code()));
        add(criterion, score);
        add(more);
    }

    BigDecimal value() {
        return score.getValue();
    }
}
