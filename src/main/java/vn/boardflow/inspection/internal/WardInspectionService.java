package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class WardInspectionService implements WardInspections {

    private final WardInspectionRepository inspections;
    private final InspectionRoundRepository rounds;
    private final ChecklistTemplateRepository templates;
    private final Organisation organisation;
    private final Organisers organisers;
    private final RoundTasks roundTasks;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    WardInspectionService(WardInspectionRepository inspections, InspectionRoundRepository rounds,
                          ChecklistTemplateRepository templates, Organisation organisation, Organisers organisers,
                          RoundTasks roundTasks, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.templates = templates;
        this.organisation = organisation;
        this.organisers = organisers;
        this.roundTasks = roundTasks;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> mine() {
        return inspections.assignedTo(me()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WardInspectionView> find(long id) {
        return inspections.findById(id).map(inspection -> {
            checkSees(inspection);
            return view(inspection);
        });
    }

    @Override
    public long saveDraft(long id, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = load(id);
        checkFills(inspection);
        inspection.checkVersion(version);
        inspection.saveDraft(scores, checklistOf(inspection));
        inspections.flush();
        return inspection.version();
    }

    @Override
    public WardInspectionView submit(long id, String submissionKey, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = load(id);
        if (!inspection.isInspector(me())) {
            throw new AccessDeniedException("access.denied");
        }
        boolean firstTime = inspection.status() != WardStatus.SUBMITTED && inspection.status() != WardStatus.CLOSED;
        if (firstTime) {
            inspection.checkVersion(version);
        }
        if (inspection.submit(submissionKey, scores, checklistOf(inspection), me(), clock.instant())) {
            roundTasks.complete(roundOf(inspection), RoundTasks.FILL, RoundTasks.wardFormKey(id), Map.of());
            auditLog.record(AuditRecord.of("inspection.submitted", "WardInspection", id, inspection.wardId(), null,
                    Map.of("total", inspection.totalScore(), "rating", inspection.rating().name())));
        }
        inspections.flush();
        return view(inspection);
    }

    @Override
    public void close(long id) {
        WardInspection inspection = load(id);
        checkSees(inspection);
        inspection.close(me(), clock.instant());
        roundTasks.complete(roundOf(inspection), RoundTasks.CLOSE, RoundTasks.wardFormKey(id), Map.of());
        auditLog.record(AuditRecord.of("inspection.closed", "WardInspection", id, inspection.wardId(), null,
                Map.of("total", inspection.totalScore(), "rating", inspection.rating().name())));
    }

    private WardInspectionView view(WardInspection inspection) {
        InspectionRound round = rounds.findById(inspection.roundId()).orElseThrow();
        String me = me();
        boolean open = inspection.status() == WardStatus.SCHEDULED || inspection.status() == WardStatus.DRAFTING;
        return new WardInspectionView(inspection.id(), round.id(), round.year(), round.period(), inspection.wardId(),
                organisation.today().nameOf(inspection.wardId()), inspection.teamName(), inspection.teamHead(),
                inspection.inspectors(), inspection.visitDate(), inspection.mode(), inspection.status(),
                checklistOf(inspection), inspection.scores(), inspection.totalScore(), inspection.rating(),
                inspection.version(), open && inspection.isInspector(me),
                inspection.status() == WardStatus.SUBMITTED && me.equals(inspection.teamHead()));
    }

    private Checklist checklistOf(WardInspection inspection) {
        return templates.findById(roundOf(inspection).templateId()).orElseThrow().checklist();
    }

    private InspectionRound roundOf(WardInspection inspection) {
        return rounds.findById(inspection.roundId()).orElseThrow();
    }

    /** The team sees its ward's inspection; so do the round's organisers. */
    private void checkSees(WardInspection inspection) {
        if (inspection.isInspector(me())) {
            return;
        }
        InspectionRound round = rounds.findById(inspection.roundId()).orElseThrow();
        organisers.check(round.unitId());
    }

    private void checkFills(WardInspection inspection) {
        if (!inspection.isInspector(me())) {
            throw new AccessDeniedException("access.denied");
        }
    }

    private WardInspection load(long id) {
        return inspections.findById(id).orElseThrow(() -> new RuleViolation("inspection.error.wardNotFound"));
    }

    private String me() {
        return currentUser.actor().username();
    }
}
