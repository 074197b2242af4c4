package vn.boardflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.api.Job;
import vn.boardflow.shared.VietnameseDates;

/**
 * Flowable's clock for process tests: set to a time in Vietnam, timers that have fallen due by then are run
 * as the async executor (off in tests) would run them, with nobody signed in. Reset it after each test.
 */
public final class FlowableClock {

    private final ProcessEngineConfiguration engine;
    private final ManagementService management;

    public FlowableClock(ProcessEngineConfiguration engine) {
        this.engine = engine;
        this.management = engine.getManagementService();
    }

    public void set(LocalDateTime inVietnam) {
        engine.getClock()
                .setCurrentTime(Date.from(inVietnam.atZone(VietnameseDates.ZONE).toInstant()));
    }

    public void reset() {
        engine.getClock().reset();
    }

    public List<Job> dueTimers(String processInstanceId) {
        return management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list();
    }

    /** Runs the due timers, checking how many there were. */
    public void runDue(String processInstanceId, int expected) {
        List<Job> due = dueTimers(processInstanceId);
        assertThat(due).hasSize(expected);
        due.forEach(this::run);
    }

    /** Runs due timers until none is left, including those that running others made due. */
    public int runAllDue(String processInstanceId) {
        int run = 0;
        for (List<Job> due = dueTimers(processInstanceId); !due.isEmpty(); due = dueTimers(processInstanceId)) {
            due.forEach(this::run);
            run += due.size();
        }
        return run;
    }

    public void run(Job timer) {
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }
}
