package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionEvents.EvidenceChanged;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class EvidenceService implements InspectionEvidence {

    /** Enough for what a criterion or a task needs to show, and a bound on what one person can pile up. */
    static final int MAX_FILES_EACH = 10;

    private final EvidenceRepository evidence;
    private final WardInspectionRepository inspections;
    private final InspectionRoundRepository rounds;
    private final ChecklistTemplateRepository templates;
    private final RemedialTaskRepository remedies;
    private final WardAccess wardAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, WardInspectionRepository inspections, InspectionRoundRepository rounds,
                    ChecklistTemplateRepository templates, RemedialTaskRepository remedies, WardAccess wardAccess,
                    ApplicationEventPublisher events, Clock clock) {
        this.evidence = evidence;
        this.inspections = inspections;
        this.rounds = rounds;
        this.templates = templates;
        this.remedies = remedies;
        this.wardAccess = wardAccess;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public EvidenceView attach(Attach command) {
        WardInspection inspection = inspection(command.wardInspectionId());
        if (command.remedyId() == null && command.criterionCode() == null) {
            throw new RuleViolation("inspection.error.evidenceTarget");
        }
        checkMayAttach(inspection, command.criterionCode(), command.remedyId());
        long already = evidence.findByWardInspectionIdOrderByIdAsc(inspection.id()).stream()
                .filter(row -> sameTarget(row, command.criterionCode(), command.remedyId())).count();
        if (already >= MAX_FILES_EACH) {
            throw new RuleViolation("inspection.error.evidenceTooMany", MAX_FILES_EACH);
        }
        EvidenceFiles.Accepted file = EvidenceFiles.accept(command.fileName(), command.content());
        Evidence saved = evidence.save(new Evidence(inspection.id(), command.criterionCode(), command.remedyId(), file,
                wardAccess.me(), clock.instant()));
        events.publishEvent(new EvidenceChanged(true, inspection.id(), inspection.wardId(), file.fileName(),
                file.content().length, target(command.criterionCode(), command.remedyId())));
        return row(saved).view(true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvidenceView> of(long wardInspectionId) {
        WardInspection inspection = inspection(wardInspectionId);
        wardAccess.checkReads(inspection, roundOf(inspection));
        String me = wardAccess.me();
        return evidence.findByWardInspectionIdOrderByIdAsc(wardInspectionId).stream()
                .map(row -> row.view(me.equals(row.uploadedBy()) && stillOpen(inspection, row.criterionCode(),
                        row.remedyId())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public EvidenceFile file(long evidenceId) {
        Evidence piece = load(evidenceId);
        WardInspection inspection = inspection(piece.wardInspectionId());
        wardAccess.checkReads(inspection, roundOf(inspection));
        return new EvidenceFile(piece.fileName(), piece.contentType(), piece.content());
    }

    @Override
    public void remove(long evidenceId) {
        Evidence piece = load(evidenceId);
        WardInspection inspection = inspection(piece.wardInspectionId());
        AccessPolicy.require(wardAccess.me().equals(piece.uploadedBy()));
        if (!stillOpen(inspection, piece.criterionCode(), piece.remedyId())) {
            throw new RuleViolation("inspection.error.evidenceClosed");
        }
        evidence.delete(piece);
        events.publishEvent(new EvidenceChanged(false, inspection.id(), inspection.wardId(), piece.fileName(),
                piece.content().length, target(piece.criterionCode(), piece.remedyId())));
    }

    /**
     * A criterion's evidence comes from the team while the checklist is open, or from the ward while it
     * scores itself; a remedial task's from the ward while the task is open.
     */
    private void checkMayAttach(WardInspection inspection, String criterionCode, Long remedyId) {
        if (remedyId != null) {
            RemedialTask task = remedies.findById(remedyId)
                    .filter(found -> found.wardInspectionId() == inspection.id())
                    .orElseThrow(() -> new RuleViolation("remedy.error.notFound"));
            wardAccess.checkWard(task.wardId());
        } else {
            InspectionRound round = roundOf(inspection);
            boolean known = templates.checklistOf(round.templateId()).criteria().stream()
                    .anyMatch(criterion -> criterion.code().equals(criterionCode));
            if (!known) {
                throw new RuleViolation("inspection.error.evidenceTarget");
            }
            AccessPolicy.require(wardAccess.isTeam(inspection) || wardAccess.ofWard(inspection.wardId()));
        }
        if (!stillOpen(inspection, criterionCode, remedyId)) {
            throw new RuleViolation("inspection.error.evidenceClosed");
        }
    }

    private boolean stillOpen(WardInspection inspection, String criterionCode, Long remedyId) {
        if (remedyId != null) {
            return remedies.findById(remedyId).map(task -> task.status() == RemedyStatus.OPEN).orElse(false);
        }
        if (wardAccess.isTeam(inspection)) {
            return inspection.open();
        }
        return inspection.open() && !inspection.selfSubmitted() && roundOf(inspection).selfAssessment();
    }

    private static boolean sameTarget(EvidenceRow row, String criterionCode, Long remedyId) {
        return remedyId != null ? remedyId.equals(row.remedyId())
                : row.remedyId() == null && criterionCode.equals(row.criterionCode());
    }

    private static String target(String criterionCode, Long remedyId) {
        return remedyId != null ? "remedy " + remedyId : "criterion " + criterionCode;
    }

    private EvidenceRow row(Evidence piece) {
        return new EvidenceRow(piece.id(), piece.wardInspectionId(), piece.criterionCode(), piece.remedyId(),
                piece.fileName(), piece.contentType(), piece.content().length, piece.uploadedBy(), piece.uploadedAt());
    }

    private WardInspection inspection(long id) {
        return inspections.findById(id).orElseThrow(() -> new RuleViolation("inspection.error.wardNotFound"));
    }

    private InspectionRound roundOf(WardInspection inspection) {
        return rounds.findById(inspection.roundId()).orElseThrow();
    }

    private Evidence load(long evidenceId) {
        return evidence.findById(evidenceId).orElseThrow(() -> new RuleViolation("inspection.error.evidenceNotFound"));
    }
}
