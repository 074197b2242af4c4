package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.emulation.Agreements.AgreementStatus;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.emulation.ScoreSource;
import vn.boardflow.emulation.ScorecardEvidence;
import vn.boardflow.emulation.ScorecardEvidence.EvidenceFile;
import vn.boardflow.emulation.ScoreText;
import vn.boardflow.emulation.Scorecards;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Line;
import vn.boardflow.emulation.Scorecards.Standings;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.StackedCell;

/**
 * A member's scorecard: each criterion with the system's score and its source, the member's own score and note,
 * the other members' mean, the chair's adjustment and the score that counts. The member scores itself here, another
 * member scores it, and the chair adjusts a line; after each the agreement's page is read again.
 */
class ScorecardDialog extends Dialog {

    private final Scorecards scorecards;
    private final ScorecardEvidence evidence;
    private final AgreementView agreement;
    private final Card card;
    private final Runnable changed;

    ScorecardDialog(Scorecards scorecards, ScorecardEvidence evidence, Standings standings, Card card,
                    Runnable changed) {
        this.scorecards = scorecards;
        this.evidence = evidence;
        this.agreement = standings.agreement();
        this.card = card;
        this.changed = changed;
        setHeaderTitle(getTranslation("emulation.card.title", card.unitName(), ScoreText.of(card.total()),
                card.rank()));
        setWidth("min(64rem, 100vw)");
        boolean open = agreement.status() == AgreementStatus.OPEN;
        List<EvidenceFile> files = evidence.of(agreement.id(), card.unitId());
        List<UnitId> peers = standings.scoringAs().stream().filter(unit -> !unit.equals(card.unitId())).toList();
        Grid<Line> grid = new Grid<>();
        grid.setId("scorecard");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::criterionCell).setHeader(getTranslation("emulation.criterion.title"))
                .setFlexGrow(4);
        grid.addColumn(line -> ScoreText.of(line.criterion().maxScore()))
                .setHeader(getTranslation("emulation.criterion.max")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(line -> ownCell(line, files)).setHeader(getTranslation("emulation.card.own"))
                .setFlexGrow(2);
        grid.addComponentColumn(line -> StackedCell.of(ScoreText.of(line.peerMean()), line.peers() == 0 ? ""
                        : getTranslation("emulation.card.peers", line.peers())
                        + (line.mine() == null ? "" : " · " + getTranslation("emulation.card.mine", ScoreText.of(line.mine())))))
                .setHeader(getTranslation("emulation.card.peerMean")).setFlexGrow(1);
        grid.addComponentColumn(line -> chairCell(line, open && agreement.chairs()))
                .setHeader(getTranslation("emulation.card.chair")).setFlexGrow(2);
        grid.addColumn(line -> ScoreText.of(line.result())).setHeader(getTranslation("emulation.card.result"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(card.lines());
        grid.setAllRowsVisible(true);
        add(grid);

        Button own = new Button(getTranslation("emulation.card.scoreOwn"), click -> new OwnScoresDialog(scorecards,
                evidence, agreement.id(), card, scoredByUnits(), files, () -> done(true)).open());
        own.setId("score-own");
        own.setVisible(card.mayScoreOwn());
        Button peer = new Button(getTranslation("emulation.card.scorePeer"), click -> scoringAsPeer(peers.getFirst()));
        peer.setId("score-peer");
        peer.setVisible(open && !peers.isEmpty());
        getFooter().add(new Button(Messages.text("action.close"), click -> close()), peer, own);
    }

    private Component criterionCell(Line line) {
        VerticalLayout cell = new VerticalLayout(new Span(line.criterion().code() + ". " + line.criterion().title()));
        cell.setPadding(false);
        cell.setSpacing(false);
        if (line.source() != null) {
            cell.add(new HorizontalLayout(new Span(getTranslation("emulation.card.system", ScoreText.of(line.system()))),
                    SourceLink.of(line.source())));
        } else if (line.criterion().source().automatic()) {
            cell.add(new Span(getTranslation("emulation.card.noData")));
        }
        return cell;
    }

    /** The member's own score, its note and the files backing it, each a download. */
    private Component ownCell(Line line, List<EvidenceFile> files) {
        Component shown = StackedCell.of(ScoreText.of(line.own()), line.ownNote() == null ? "" : line.ownNote());
        List<EvidenceFile> backing = files.stream().filter(file -> file.criterion().equals(line.criterion().code()))
                .toList();
        return backing.isEmpty() ? shown : new VerticalLayout(shown, new OwnEvidence(evidence, agreement.id(),
                card.unitId(), line.criterion().code(), backing, false));
    }

    private Component chairCell(Line line, boolean mayAdjust) {
        Component shown = StackedCell.of(ScoreText.of(line.chair()), line.chairReason() == null ? ""
                : line.chairReason());
        if (!mayAdjust) {
            return shown;
        }
        Button adjust = new Button(getTranslation("emulation.card.adjust"), click -> adjusting(line));
        adjust.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        HorizontalLayout cell = new HorizontalLayout(shown, adjust);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    /** The criteria the units score: those the units always score, and the system's where its data is missing. */
    private List<Line> scoredByUnits() {
        return card.lines().stream().filter(line -> line.criterion().source() == ScoreSource.MANUAL
                || line.source() == null).toList();
    }

    private void scoringAsPeer(UnitId scorer) {
        Map<String, CriterionScoreField> scores = new LinkedHashMap<>();
        FormDialog dialog = new FormDialog(getTranslation("emulation.card.scorePeer.title", card.unitName()),
                getTranslation("emulation.card.save"), () -> {
                    Map<String, BigDecimal> given = new LinkedHashMap<>();
                    scores.forEach((code, field) -> given.put(code, field.value()));
                    return done(Actions.run(() -> scorecards.scorePeer(agreement.id(), card.unitId(), scorer, given,
                            card.version()), "emulation.card.saved"));
                });
        card.lines().stream().filter(line -> line.criterion().source() == ScoreSource.MANUAL).forEach(line -> {
            CriterionScoreField score = new CriterionScoreField(line, line.mine());
            scores.put(line.criterion().code(), score);
            dialog.wide(score);
        });
        dialog.open();
    }

    private void adjusting(Line line) {
        CriterionScoreField score = new CriterionScoreField(line, line.chair() != null ? line.chair() : line.result());
        TextField reason = new TextField(getTranslation("emulation.card.reason"));
        reason.setMaxLength(1000);
        reason.setRequired(true);
        new FormDialog(getTranslation("emulation.card.adjust.title", line.criterion().code(), card.unitName()),
                getTranslation("emulation.card.save"), () -> done(Actions.run(() -> scorecards.adjust(agreement.id(),
                        card.unitId(), line.criterion().code(), score.value(), reason.getValue(), card.version()),
                        "emulation.card.saved"))).wide(score).wide(reason).open();
    }

    private boolean done(boolean succeeded) {
        if (succeeded) {
            close();
            changed.run();
        }
        return succeeded;
    }
}
