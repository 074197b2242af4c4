package vn.boardflow.fund.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.boardflow.fund.SettlementStep;
import vn.boardflow.fund.SettlementStep.Action;

/** A dossier's history as it keeps it, oldest step first, and what the dossier's rules read from it. */
record DossierTrail(List<SettlementStep> steps) {

    static final DossierTrail EMPTY = new DossierTrail(List.of());

    DossierTrail {
        steps = List.copyOf(steps);
    }

    DossierTrail with(SettlementStep step) {
        List<SettlementStep> longer = new ArrayList<>(steps);
        longer.add(step);
        return new DossierTrail(longer);
    }

    /** Whether the user, or whoever they stand in for, ever sent the dossier. */
    boolean sentBy(String username, String actingFor) {
        return steps.stream().filter(step -> step.action() == Action.SUBMITTED)
                .anyMatch(step -> step.actor().equals(username) || step.actor().equals(actingFor));
    }

    /** The comments on the vouchers of the last return. */
    Map<Integer, String> lastReturnComments() {
        return steps.reversed().stream().filter(step -> step.action() == Action.RETURNED).findFirst()
                .map(SettlementStep::voucherComments).orElse(Map.of());
    }
}
