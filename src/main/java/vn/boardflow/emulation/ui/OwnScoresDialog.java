package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.ScorecardEvidence;
import vn.boardflow.emulation.ScorecardEvidence.EvidenceFile;
import vn.boardflow.emulation.Scorecards;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Line;
import vn.boardflow.emulation.Scorecards.OwnScore;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/**
 * A member scoring itself: for each criterion the units score, the score, a note and the files backing it. Saved,
 * the scores may still change; sent (after asking), they are kept and the files with them.
 */
class OwnScoresDialog {

    private final FormDialog dialog;
    private final Map<String, CriterionScoreField> scores = new LinkedHashMap<>();
    private final Map<String, TextField> notes = new LinkedHashMap<>();

    OwnScoresDialog(Scorecards scorecards, ScorecardEvidence evidence, AgreementId agreementId, Card card,
                    List<Line> lines, List<EvidenceFile> files, Runnable saved) {
        dialog = new FormDialog(Messages.text("emulation.card.scoreOwn.title", card.unitName()),
                Messages.text("emulation.card.save"), () -> save(scorecards, agreementId, card, false, saved));
        for (Line line : lines) {
            String code = line.criterion().code();
            TextField note = new TextField(Messages.text("emulation.card.evidence"));
            note.setMaxLength(1000);
            note.setWidthFull();
            note.setValue(line.ownNote() == null ? "" : line.ownNote());
            CriterionScoreField score = new CriterionScoreField(line, line.own(), note, new OwnEvidence(evidence,
                    agreementId, card.unitId(), code, files.stream().filter(file -> file.criterion().equals(code))
                    .toList(), true));
            scores.put(code, score);
            notes.put(code, note);
            dialog.wide(score);
        }
        Button send = new Button(Messages.text("emulation.card.send"), click -> ConfirmDialogs.confirm(
                Messages.text("emulation.card.send"), Messages.text("emulation.card.send.confirm"),
                Messages.text("emulation.card.send"), () -> {
                    if (save(scorecards, agreementId, card, true, saved)) {
                        dialog.close();
                    }
                }));
        send.setId("send-own");
        dialog.getFooter().add(send);
    }

    void open() {
        dialog.open();
    }

    private boolean save(Scorecards scorecards, AgreementId agreementId, Card card, boolean send, Runnable saved) {
        Map<String, OwnScore> own = new LinkedHashMap<>();
        scores.forEach((code, field) -> own.put(code, new OwnScore(field.value(), notes.get(code).getValue())));
        boolean done = Actions.run(() -> scorecards.scoreOwn(agreementId, card.unitId(), own, send, card.version()),
                send ? "emulation.card.sent" : "emulation.card.saved");
        if (done) {
            saved.run();
        }
        return done;
    }
}
