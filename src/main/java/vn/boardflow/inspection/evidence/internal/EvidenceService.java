package vn.boardflow.inspection.evidence.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionEvents.EvidenceChanged;
import vn.boardflow.inspection.InspectionEvidence;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.internal.EvidenceOnFile;
import vn.boardflow.inspection.internal.EvidenceTargets;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.EvidenceFiles;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class EvidenceService implements InspectionEvidence, EvidenceOnFile {

    /** Enough for what a criterion or a task needs to show, and a bound on what one person can pile up. */
    static final int MAX_FILES_EACH = 10;

    private final EvidenceRepository evidence;
    private final EvidenceTargets targets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, EvidenceTargets targets, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.evidence = evidence;
        this.targets = targets;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public EvidenceView attach(Attach command) {
        long inspection = command.wardInspectionId().value();
        UnitId ward = targets.wardOf(inspection);
        if (command.remedyId() == null && command.criterionCode() == null) {
            throw new RuleViolation("inspection.error.evidenceTarget");
        }
        targets.checkMayAttach(inspection, command.criterionCode(), command.remedyId());
        long already = evidence.findByWardInspectionIdOrderByIdAsc(inspection).stream()
                .filter(row -> sameTarget(row, command.criterionCode(), command.remedyId())).count();
        if (already >= MAX_FILES_EACH) {
            throw new RuleViolation("inspection.error.evidenceTooMany", MAX_FILES_EACH);
        }
        EvidenceFiles.Accepted file = EvidenceFiles.accept(command.fileName(), command.content());
        Evidence saved = evidence.save(new Evidence(inspection, command.criterionCode(), command.remedyId(), file,
                me(), clock.instant()));
        events.publishEvent(new EvidenceChanged(true, inspection, ward, file.fileName(),
                file.content().length, target(command.criterionCode(), command.remedyId())));
        return row(saved).view(true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvidenceView> of(WardInspectionId id) {
        long wardInspectionId = id.value();
        targets.checkReads(wardInspectionId);
        String me = me();
        return evidence.findByWardInspectionIdOrderByIdAsc(wardInspectionId).stream()
                .map(row -> row.view(me.equals(row.uploadedBy())
                        && targets.stillOpen(wardInspectionId, row.criterionCode(), row.remedyId())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public EvidenceFile file(long evidenceId) {
        Evidence piece = load(evidenceId);
        targets.checkReads(piece.wardInspectionId());
        return new EvidenceFile(piece.fileName(), piece.contentType(), piece.content());
    }

    @Override
    public void remove(long evidenceId) {
        Evidence piece = load(evidenceId);
        AccessPolicy.require(me().equals(piece.uploadedBy()));
        if (!targets.stillOpen(piece.wardInspectionId(), piece.criterionCode(), piece.remedyId())) {
            throw new RuleViolation("inspection.error.evidenceClosed");
        }
        evidence.delete(piece);
        events.publishEvent(new EvidenceChanged(false, piece.wardInspectionId(), targets.wardOf(piece.wardInspectionId()),
                piece.fileName(), piece.content().length, target(piece.criterionCode(), piece.remedyId())));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> criteriaBacked(long wardInspectionId) {
        return evidence.findByWardInspectionIdOrderByIdAsc(wardInspectionId).stream()
                .map(EvidenceRow::criterionCode).filter(code -> code != null).collect(Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean remedyBacked(long wardInspectionId, long remedyId) {
        return evidence.findByWardInspectionIdOrderByIdAsc(wardInspectionId).stream()
                .anyMatch(row -> Long.valueOf(remedyId).equals(row.remedyId()));
    }

    private String me() {
        return currentUser.actor().username();
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

    private Evidence load(long evidenceId) {
        return evidence.findById(evidenceId).orElseThrow(() -> new RuleViolation("inspection.error.evidenceNotFound"));
    }
}
