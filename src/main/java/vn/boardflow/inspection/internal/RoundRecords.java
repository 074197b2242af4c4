package vn.boardflow.inspection.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.shared.RuleViolation;

/** Loads a round for what the user is about to do with it. */
@Component
class RoundRecords {

    private final InspectionRoundRepository rounds;
    private final Organisers organisers;

    RoundRecords(InspectionRoundRepository rounds, Organisers organisers) {
        this.rounds = rounds;
        this.organisers = organisers;
    }

    /** For reading, or for a step whose own check says who may take it. */
    InspectionRound load(RoundId roundId) {
        return rounds.findById(roundId.value()).orElseThrow(() -> new RuleViolation("inspection.error.roundNotFound"));
    }

    /** For its organisers: the drafters and leaders of its body. */
    InspectionRound organised(RoundId roundId) {
        InspectionRound round = load(roundId);
        organisers.check(round.unitId());
        return round;
    }
}
