package vn.boardflow.emulation.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.ScorecardEvidence;
import vn.boardflow.emulation.internal.EmulationFile.Owner;
import vn.boardflow.emulation.StoredFile;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.EvidenceFiles;
import vn.boardflow.shared.RuleViolation;

/** Files kept with the own scores they back, changed only while the member may still change those scores. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class ScorecardFileService implements ScorecardEvidence {

    private final EmulationFileRepository files;
    private final ScorecardRepository scorecards;
    private final EmulationRecords records;
    private final EmulationAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScorecardFileService(EmulationFileRepository files, ScorecardRepository scorecards, EmulationRecords records,
                         EmulationAccess access, CurrentUser currentUser, Clock clock) {
        this.files = files;
        this.scorecards = scorecards;
        this.records = records;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public EvidenceFile attach(AgreementId agreementId, UnitId unitId, String criterionCode, String fileName,
                               byte[] bytes) {
        ClusterAgreement agreement = records.agreement(agreementId);
        Scorecard card = writable(agreement, unitId);
        RuleViolation.require(agreement.criterion(criterionCode).isPresent(), "emulation.score.error.unknown",
                criterionCode);
        EmulationFile kept = files.save(new EmulationFile(Owner.SCORECARD, card.id(), criterionCode,
                EvidenceFiles.accept(fileName, bytes), currentUser.actor().username(), clock.instant()));
        return listed(card).stream().filter(file -> file.id() == kept.id()).findFirst().orElseThrow();
    }

    @Override
    public void remove(AgreementId agreementId, UnitId unitId, long fileId) {
        Scorecard card = writable(records.agreement(agreementId), unitId);
        EmulationFile file = files.findById(fileId).filter(found -> found.of(Owner.SCORECARD, card.id()))
                .orElseThrow(() -> new RuleViolation("emulation.evidence.error.notFound"));
        files.delete(file);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvidenceFile> of(AgreementId agreementId, UnitId unitId) {
        ClusterAgreement agreement = records.agreement(agreementId);
        access.requireSees(records.cluster(agreement.clusterId()));
        return listed(records.card(agreement, unitId));
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile file(long fileId) {
        EmulationFile file = files.findById(fileId).filter(found -> found.owner() == Owner.SCORECARD)
                .orElseThrow(() -> new RuleViolation("emulation.evidence.error.notFound"));
        Scorecard card = scorecards.findById(file.ownerId()).orElseThrow();
        access.requireSees(records.cluster(records.agreement(card.agreementId()).clusterId()));
        return file.stored();
    }

    private List<EvidenceFile> listed(Scorecard card) {
        return files.listed(Owner.SCORECARD, List.of(card.id())).stream()
                .map(file -> new EvidenceFile(file.id(), file.tag(), file.fileName(), file.contentType(), file.size()))
                .toList();
    }

    /** The member's card, while its officer may still change its own scores. */
    private Scorecard writable(ClusterAgreement agreement, UnitId unitId) {
        agreement.requireOpen();
        access.requireActsAs(records.cluster(agreement.clusterId()), unitId);
        Scorecard card = records.card(agreement, unitId);
        RuleViolation.require(!card.ownSent(), "emulation.score.error.ownSent");
        return card;
    }
}
