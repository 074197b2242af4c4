package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.shared.VietnameseDates;

/**
 * What the round process's daily timer calls ({@code ${roundOpening.openDue(engineClock.currentTime)}}):
 * on a period's opening date, or within {@value #CATCH_UP_DAYS} days after it should the server have been
 * down, each body that has run rounds before gets the period's round as a draft for its secretariat, with
 * the checklist and self-assessment setting of its last round. Dates are set as
 * {@code boardflow.inspection.opening.mid-year=01/06} and {@code …year-end=15/11}.
 */
@Component("roundOpening")
class RoundOpening {

    static final int CATCH_UP_DAYS = 30;
    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(RoundOpening.class);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final InspectionRoundRepository rounds;
    private final ChecklistRevisions checklists;
    private final RoundStarter starter;
    private final Map<InspectionPeriod, MonthDay> openings = new EnumMap<>(InspectionPeriod.class);

    RoundOpening(InspectionRoundRepository rounds, ChecklistRevisions checklists, RoundStarter starter,
                 @Value("${boardflow.inspection.opening.mid-year:}") String midYear,
                 @Value("${boardflow.inspection.opening.year-end:}") String yearEnd) {
        this.rounds = rounds;
        this.checklists = checklists;
        this.starter = starter;
        openings.put(InspectionPeriod.MID_YEAR, parsed(midYear, InspectionPeriod.MID_YEAR));
        openings.put(InspectionPeriod.YEAR_END, parsed(yearEnd, InspectionPeriod.YEAR_END));
    }

    private static MonthDay parsed(String configured, InspectionPeriod period) {
        if (configured == null || configured.isBlank()) {
            return period.defaultOpening();
        }
        try {
            return MonthDay.parse(configured.strip(), DAY_MONTH);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("boardflow.inspection.opening for " + period
                    + " must be a day and month as dd/MM, e.g. 01/06; was: " + configured, e);
        }
    }

    /** @return how many rounds were opened */
    @Transactional
    public int openDue(Date now) {
        LocalDate today = LocalDate.ofInstant(now.toInstant(), VietnameseDates.ZONE);
        Optional<InspectionPeriod> due = dueOn(today);
        if (due.isEmpty()) {
            return 0;
        }
        InspectionPeriod period = due.get();
        int opened = 0;
        for (Long bodyId : rounds.bodiesWithRounds()) {
            if (rounds.existsByIssuingBodyIdAndYearAndPeriod(bodyId, today.getYear(), period)) {
                continue;
            }
            InspectionRound last = rounds.findByIssuingBodyIdOrderByYearDescPeriodDesc(bodyId).getFirst();
            long templateId = checklists.latestRevisionOf(last.templateId(), last.issuingBodyId());
            InspectionRound round = starter.open(new OpenRound(last.issuingBodyId(), today.getYear(), period, templateId,
                    last.selfAssessment(), period.defaultPurpose(today.getYear())), last.unitId(), SYSTEM, true);
            log.info("Opened {} for body {} as round {}", period.roundTitle(today.getYear()), bodyId, round.id());
            opened++;
        }
        return opened;
    }

    /** The period whose opening date is the latest one not after today, if it was at most a month ago. */
    Optional<InspectionPeriod> dueOn(LocalDate today) {
        InspectionPeriod due = null;
        LocalDate dueSince = null;
        for (Map.Entry<InspectionPeriod, MonthDay> opening : openings.entrySet()) {
            LocalDate day = opening.getValue().atYear(today.getYear());
            if (!day.isAfter(today) && (dueSince == null || day.isAfter(dueSince))) {
                due = opening.getKey();
                dueSince = day;
            }
        }
        return dueSince != null && !today.isAfter(dueSince.plusDays(CATCH_UP_DAYS)) ? Optional.of(due)
                : Optional.empty();
    }
}
