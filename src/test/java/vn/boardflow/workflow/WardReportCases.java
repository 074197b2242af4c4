package vn.boardflow.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.workflow.Workflows.StartCase;

/** Starts the test process of {@code src/test/resources/processes}: one task for the ward officers of a unit. */
public final class WardReportCases {

    public static final String PROCESS = "wardReportTest";

    private WardReportCases() {
    }

    /** Returns the unique subject of the started case, so a test can find its own rows. */
    public static String start(Workflows workflows, UnitId wardBoardId, String ward, Instant due) {
        String subject = "Báo cáo tháng phường " + ward + " " + UUID.randomUUID().toString().substring(0, 8);
        workflows.start(new StartCase(PROCESS, "report-" + UUID.randomUUID(), subject, wardBoardId,
                Map.of("candidateGroup", CandidateGroups.of(Role.WARD_OFFICER, wardBoardId), "dueDate", Date.from(due))));
        return subject;
    }
}
