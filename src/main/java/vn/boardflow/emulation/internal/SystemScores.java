package vn.boardflow.emulation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.ScoreSource;
import vn.boardflow.emulation.Scorecards.Source;
import vn.boardflow.inspection.InspectionStandings;
import vn.boardflow.inspection.InspectionStandings.RoundStanding;
import vn.boardflow.inspection.InspectionStandings.WardStanding;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReportStandings;
import vn.boardflow.report.ReportStandings.UnitStanding;

/**
 * The criteria the system scores, read for all of an agreement's members at once: one read of the reports and one
 * of the inspection round, however many members and criteria. A criterion whose data is missing (a unit without
 * allocated targets, a ward whose inspection is not closed) has no system score and is scored by the units.
 */
@Component
class SystemScores {

    private final ReportStandings reports;
    private final InspectionStandings inspections;

    SystemScores(ReportStandings reports, InspectionStandings inspections) {
        this.reports = reports;
        this.inspections = inspections;
    }

    /** What the system knows of each member. */
    record Facts(Map<String, SystemScore> scores, Integer inspectionPercent, Integer timeliness) {

        static final Facts NONE = new Facts(Map.of(), null, null);
    }

    record SystemScore(BigDecimal score, Source source) {
    }

    Map<UnitId, Facts> read(ClusterAgreement agreement, IssuingBodyId bodyId, List<UnitId> members, LocalDate asOf) {
        Map<UnitId, UnitStanding> reported = reports.of(bodyId, agreement.year(), agreement.span().lastMonth(), asOf,
                members);
        Optional<RoundStanding> round = agreement.inspectionRound().flatMap(id -> inspections.of(id, asOf));
        Map<UnitId, Facts> facts = new HashMap<>();
        for (UnitId member : members) {
            UnitStanding report = reported.get(member);
            WardStanding ward = round.map(standing -> standing.wards().get(member))
                    .filter(standing -> standing.total() != null).orElse(null);
            Map<String, SystemScore> scores = new HashMap<>();
            for (AgreementCriterion criterion : agreement.criteria()) {
                score(criterion, report, ward, round.orElse(null)).ifPresent(score -> scores.put(criterion.code(), score));
            }
            facts.put(member, new Facts(scores, ward == null ? null : ward.percent(),
                    report == null ? null : report.timeliness()));
        }
        return facts;
    }

    private static Optional<SystemScore> score(AgreementCriterion criterion, UnitStanding report, WardStanding ward,
                                               RoundStanding round) {
        ScoreSource source = criterion.source();
        return switch (source) {
            case MANUAL -> Optional.empty();
            case TARGETS -> Optional.ofNullable(report).filter(standing -> standing.targetsPercent() != null)
                    .map(standing -> scored(criterion, standing.targetsPercent(),
                            "Đạt bình quân " + standing.targetsPercent() + " % chỉ tiêu được giao theo tiến độ ("
                                    + standing.targets() + " chỉ tiêu)", standing.formId().value()));
            case TIMELINESS -> Optional.ofNullable(report).filter(standing -> standing.timeliness() != null)
                    .map(standing -> scored(criterion, standing.timeliness(), standing.onTime() + "/"
                            + standing.expected() + " báo cáo gửi đúng hạn", standing.formId().value()));
            case INSPECTION -> Optional.ofNullable(ward).map(standing -> scored(criterion, standing.percent(),
                    round.title() + ": " + standing.total() + "/" + standing.maxScore() + " điểm, xếp loại "
                            + standing.rating().label(), standing.inspectionId().value()));
            case REMEDIES -> Optional.ofNullable(ward).map(standing -> standing.remediesDue() == 0
                    ? scored(criterion, 100, "Không có việc khắc phục đến hạn", round.roundId().value())
                    : scored(criterion, standing.remediesOnTime() * 100 / standing.remediesDue(),
                            standing.remediesOnTime() + "/" + standing.remediesDue()
                                    + " việc khắc phục hoàn thành đúng hạn", round.roundId().value()));
        };
    }

    private static SystemScore scored(AgreementCriterion criterion, int percent, String detail, long ref) {
        return new SystemScore(criterion.scoreOf(percent), new Source(criterion.source(), detail, ref));
    }
}
