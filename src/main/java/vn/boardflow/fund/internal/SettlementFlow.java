package vn.boardflow.fund.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows;
import vn.boardflow.workflow.Workflows.StartCase;

/**
 * Keeps a dossier's process in step with it ({@code settlement}, or {@code advance} for an advance): the ward's first
 * sending starts the body's case, every later step completes the task the process waits at, as whoever takes it (for
 * whom, when standing in).
 */
@Component
class SettlementFlow {

    static final String SETTLEMENT_PROCESS = "settlement";
    static final String ADVANCE_PROCESS = "advance";
    static final String RECEIVE = "receive";
    static final String CHECK = "check";
    static final String REVISE = "revise";
    static final String APPROVE = "approve";
    static final String PAY = "pay";
    static final String CLOSE = "close";
    /** The ward's step on an advance paid out: sending the dossier that settles it. */
    static final String SETTLE = "settle";
    static final String OUTCOME = "outcome";

    private final Workflows workflows;
    private final TaskActions taskActions;
    private final Organisation organisation;

    SettlementFlow(Workflows workflows, TaskActions taskActions, Organisation organisation) {
        this.workflows = workflows;
        this.taskActions = taskActions;
        this.organisation = organisation;
    }

    /** The case of a dossier sent for the first time, offered to the body's people, about the ward. */
    void start(SettlementDossier dossier) {
        OrgChart chart = organisation.today();
        boolean advance = dossier.kind() == DossierKind.ADVANCE;
        String subject = (advance ? "Tạm ứng: " : "Hồ sơ thanh toán: ") + dossier.content().title() + " — "
                + chart.nameOf(dossier.wardUnitId());
        dossier.route().startedAs(workflows.startFrom(new StartCase(advance ? ADVANCE_PROCESS : SETTLEMENT_PROCESS,
                "settlement:" + dossier.settlementId(), subject, dossier.bodyUnitId(),
                Map.of("settlementId", dossier.settlementId().value(), "wardUnitId", dossier.wardUnitId().value())),
                dossier.wardUnitId()));
    }

    /**
     * Completes the step the process waits at, refused when it waits elsewhere or not for this user.
     *
     * @return the user name of the colleague the user stood in for, when they did
     */
    Optional<String> complete(SettlementDossier dossier, String taskKey, Map<String, Object> variables) {
        String link = link(dossier);
        Workflows.CaseTask task = workflows.openTasks(dossier.route().processInstanceId()).stream()
                .filter(each -> each.key().equals(taskKey) && link.equals(each.formKey())).findFirst()
                .orElseThrow(() -> new RuleViolation("settlement.error.stepNotOpen"));
        return taskActions.complete(task.id(), variables);
    }

    /** The ward's step on the advance, when its case waits for it: the dossier that settles it was sent. */
    void settled(SettlementDossier advance) {
        if (waitsAt(advance, SETTLE)) {
            complete(advance, SETTLE, Map.of());
        }
    }

    /** Whether the process waits at that step, for the user to see whether to offer it. */
    boolean waitsAt(SettlementDossier dossier, String taskKey) {
        return dossier.route().processInstanceId() != null
                && workflows.isWaitingAt(dossier.route().processInstanceId(), taskKey, link(dossier));
    }

    byte[] diagram(String processInstanceId) {
        return workflows.diagram(processInstanceId);
    }

    static String link(SettlementDossier dossier) {
        return "funds/settlement/" + dossier.settlementId();
    }
}
