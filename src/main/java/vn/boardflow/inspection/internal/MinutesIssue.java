package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.Issuers.Issuer;
import vn.boardflow.document.Issuers;
import vn.boardflow.inspection.InspectionEvents.MinutesIssued;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.inspection.WardMinutes;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.RuleViolation;

/** The clerk issues a closed ward inspection's Biên bản, which its team head signs and the ward countersigns. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class MinutesIssue implements WardMinutes {

    private final WardRecords records;
    private final Issuers issuers;
    private final DocumentIssuance issuance;
    private final Organisation organisation;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;

    MinutesIssue(WardRecords records, Issuers issuers, DocumentIssuance issuance, Organisation organisation,
                 UserDirectory users, ApplicationEventPublisher events) {
        this.records = records;
        this.issuers = issuers;
        this.issuance = issuance;
        this.organisation = organisation;
        this.users = users;
        this.events = events;
    }

    @Override
    public IssuedDocumentView issue(WardInspectionId id, LocalDate issuedOn) {
        WardInspection inspection = records.load(id.value());
        InspectionRound round = records.roundOf(inspection);
        Issuer issuer = issuers.issuing(round.issuingBodyId(), issuedOn);
        if (inspection.status() != WardStatus.CLOSED) {
            throw new RuleViolation("inspection.error.notClosed");
        }
        OrgChart chart = organisation.today();
        Map<String, String> names = users.fullNames(inspection.inspectors());
        List<String> members = inspection.inspectors().stream().filter(person -> !person.equals(inspection.teamHead()))
                .map(person -> names.getOrDefault(person, person)).toList();
        IssuedDocumentView minutes = issuance.issue(MinutesDocument.issue(issuer, new MinutesDocument.Facts(
                round.period(), round.year(), chart.nameOf(inspection.wardId()), inspection.visitDate(),
                inspection.mode(), inspection.teamName(), names.getOrDefault(inspection.teamHead(), inspection.teamHead()),
                members, records.checklistOf(inspection), inspection.scores(), inspection.totalScore(),
                inspection.rating(), WardBoards.of(chart, inspection.wardId()))));
        inspection.minutesIssued(minutes.ref());
        events.publishEvent(new MinutesIssued(inspection.id(), inspection.wardId(), minutes.symbol()));
        return minutes;
    }
}
