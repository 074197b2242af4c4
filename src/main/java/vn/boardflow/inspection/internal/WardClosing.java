package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionEvents.WardInspectionClosed;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.WardInspectionClosing;
import vn.boardflow.inspection.WardInspectionId;

/** The team head closes a ward's inspection, leaving the ward the remedial tasks it found. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class WardClosing implements WardInspectionClosing {

    private final WardRecords records;
    private final InspectionRoundRepository rounds;
    private final WardRemedies remedies;
    private final WardAccess wardAccess;
    private final RoundTasks roundTasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WardClosing(WardRecords records, InspectionRoundRepository rounds, WardRemedies remedies,
                WardAccess wardAccess, RoundTasks roundTasks, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.rounds = rounds;
        this.remedies = remedies;
        this.wardAccess = wardAccess;
        this.roundTasks = roundTasks;
        this.events = events;
        this.clock = clock;
    }

    /** The round is locked, so two wards closing at once complete their branches of its process in turn. */
    @Override
    public void close(WardInspectionId id, List<RemedyDraft> drafts) {
        WardInspection inspection = records.load(id.value());
        wardAccess.checkReads(inspection, records.roundOf(inspection));
        InspectionRound round = rounds.lockById(inspection.roundId()).orElseThrow();
        inspection.close(wardAccess.me(), clock.instant());
        List<RemedyDraft> checked = drafts == null ? List.of() : drafts;
        remedies.open(inspection, checked);
        rounds.flush();
        roundTasks.complete(round, RoundTasks.CLOSE, RoundTasks.wardFormKey(inspection.id()), Map.of());
        events.publishEvent(new WardInspectionClosed(inspection.id(), inspection.wardId(), inspection.totalScore(),
                inspection.rating(), checked.size()));
    }
}
