package vn.boardflow.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.org.DemoOrganisationLoaded;

/**
 * Fills the demo organisation with work once it has been loaded into an empty database and the
 * application is ready (the standard checklist seeded, the process engine running). The parts follow the
 * documents' dates, so each register's numbers do too: the plan, its wards' monthly reports, the year's budget and its settlements,
 * the mid-year round and its papers, then the last month's documents, and the emulation cluster scored from them.
 */
@Component
@ConditionalOnProperty(name = "boardflow.demo-activity", havingValue = "true")
class DemoActivity {

    private static final Logger LOG = LoggerFactory.getLogger(DemoActivity.class);

    private final DemoPlans plans;
    private final DemoDocuments documents;
    private final DemoInspections inspections;
    private final DemoReports reports;
    private final DemoFunds funds;
    private final DemoSettlements settlements;
    private final DemoEmulation emulation;
    private final DemoUsers users;
    private DemoOrganisationLoaded loaded;

    DemoActivity(DemoPlans plans, DemoDocuments documents, DemoInspections inspections, DemoReports reports,
                 DemoFunds funds, DemoSettlements settlements, DemoEmulation emulation, DemoUsers users) {
        this.plans = plans;
        this.emulation = emulation;
        this.settlements = settlements;
        this.funds = funds;
        this.reports = reports;
        this.documents = documents;
        this.inspections = inspections;
        this.users = users;
    }

    @EventListener
    void remember(DemoOrganisationLoaded organisation) {
        this.loaded = organisation;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        if (loaded == null) {
            return;
        }
        try {
            plans.load(loaded);
            reports.load(loaded);
            settlements.load(funds.load(loaded));
            documents.load(loaded, inspections.load(loaded));
            emulation.load(loaded);
            LOG.info("Demo activity loaded: plans, monthly reports, the budget and its settlements, issued documents,"
                    + " inspection rounds, the emulation cluster's scorecards and waiting tasks");
        } catch (RuntimeException e) {
            // each step committed on its own, so what came before stays: the demo is there in part
            LOG.error("The demo activity was loaded only in part; start from an empty database to load it again", e);
        } finally {
            users.signOut();
            loaded = null;
        }
    }
}
