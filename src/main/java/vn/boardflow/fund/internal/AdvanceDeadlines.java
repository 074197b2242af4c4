package vn.boardflow.fund.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.fund.FundEvents.AdvanceReminded;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.Notices.Notice;

/**
 * What the {@code advance} process asks about an advance paid out ({@code ${advanceDeadlines.due(settlementId)}}):
 * when the ward's dossier settling it is due (the end of the day the ward chose to settle by), when the ward is
 * reminded ({@value #REMIND_DAYS_BEFORE} days before) and when the ward and the body's accountants hear that it is
 * late. Each timer fires once; an advance already cleared is not talked of.
 */
@Component("advanceDeadlines")
class AdvanceDeadlines {

    static final int REMIND_DAYS_BEFORE = 3;
    static final LocalTime NOTICE_TIME = LocalTime.of(7, 0);

    private final SettlementDossierRepository dossiers;
    private final UserDirectory users;
    private final Organisation organisation;
    private final Notices notices;
    private final ApplicationEventPublisher events;

    AdvanceDeadlines(SettlementDossierRepository dossiers, UserDirectory users, Organisation organisation,
                     Notices notices, ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.users = users;
        this.organisation = organisation;
        this.notices = notices;
        this.events = events;
    }

    public Date due(long settlementId) {
        return at(settleBy(load(settlementId)).plusDays(1), LocalTime.MIDNIGHT);
    }

    public Date reminder(long settlementId) {
        return at(settleBy(load(settlementId)).minusDays(REMIND_DAYS_BEFORE), NOTICE_TIME);
    }

    public Date lateNotice(long settlementId) {
        return at(settleBy(load(settlementId)).plusDays(1), NOTICE_TIME);
    }

    public void remind(long settlementId) {
        SettlementDossier advance = load(settlementId);
        if (advance.status() == SettlementStatus.PAID) {
            send(advance, false, wardOfficers(advance));
        }
    }

    public void reportLate(long settlementId) {
        SettlementDossier advance = load(settlementId);
        if (advance.status() == SettlementStatus.PAID) {
            Set<String> recipients = new LinkedHashSet<>(wardOfficers(advance));
            users.contacts(Role.ACCOUNTANT, List.of(advance.bodyUnitId()))
                    .forEach(person -> recipients.add(person.username()));
            send(advance, true, List.copyOf(recipients));
        }
    }

    private void send(SettlementDossier advance, boolean late, List<String> recipients) {
        notices.send(recipients, new Notice(late ? "notice.advanceLate" : "notice.advanceDue",
                List.of(organisation.today().nameOf(advance.wardUnitId()), advance.content().title(),
                        advance.approvedAmount().display(), VietnameseDates.format(settleBy(advance))),
                SettlementFlow.link(advance)));
        events.publishEvent(new AdvanceReminded(late, advance.settlementId(), advance.wardUnitId(), recipients));
    }

    private List<String> wardOfficers(SettlementDossier advance) {
        return users.contacts(Role.WARD_OFFICER, organisation.today().subtree(advance.wardUnitId())).stream()
                .map(UserSummary::username).distinct().toList();
    }

    private static LocalDate settleBy(SettlementDossier advance) {
        return advance.content().settleBy();
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(VietnameseDates.ZONE).toInstant());
    }

    private SettlementDossier load(long settlementId) {
        return dossiers.findById(settlementId).orElseThrow();
    }
}
