package vn.boardflow.fund;

import java.time.LocalDateTime;
import java.util.List;
import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.FlowableClock;
import vn.boardflow.Logins;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.TaskInbox;

/**
 * A board with an accountant and its 2026 budget decided on 12/01/2026, for the settlement processes driven on
 * Flowable's clock, and the ways in the tests act: as a user, reading a dossier's version, its tasks in the inbox.
 */
abstract class FundsOnClock {

    @Autowired
    ApplicationContext context;
    @Autowired
    Budgets budgets;
    @Autowired
    Settlements settlements;
    @Autowired
    SettlementFiles files;
    @Autowired
    SettlementReview review;
    @Autowired
    TaskInbox inbox;
    @Autowired
    Notices notices;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ProcessEngineConfiguration engine;

    PlanningBoard board;
    FlowableClock clock;
    String accountant;

    @BeforeEach
    void decidedBudget() {
        board = PlanningBoard.create(context);
        clock = new FlowableClock(engine);
        accountant = board.another(context, Role.ACCOUNTANT, "Kế toán");
        clock.set(LocalDateTime.of(2026, 1, 12, 9, 0));
        FundFixtures.decidedBudget(context, board, accountant);
    }

    @AfterEach
    void restore() {
        clock.reset();
        Logins.out();
    }

    long version(SettlementId id) {
        return settlements.find(id).orElseThrow().version();
    }

    List<InboxTask> tasks(SettlementView dossier) {
        return inbox.page(false, 0, 50).stream()
                .filter(task -> task.formKey().equals("funds/settlement/" + dossier.id())).toList();
    }

    void as(String username) {
        Logins.as(userDetails, username);
    }
}
