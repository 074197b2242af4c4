package vn.boardflow.fund.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.FormSheets;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementPapers;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.VietnameseDates;

/** Papers filled in as the dossier stands, dated the day it was sent, or today while it is being written. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class SettlementPaperService implements SettlementPapers {

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final SettlementAccess access;
    private final BudgetRepository budgets;
    private final IssuingBodies bodies;
    private final Organisation organisation;
    private final FormSheets forms;
    private final Clock clock;

    SettlementPaperService(SettlementAccess access, BudgetRepository budgets, IssuingBodies bodies,
                           Organisation organisation, FormSheets forms, Clock clock) {
        this.access = access;
        this.budgets = budgets;
        this.bodies = bodies;
        this.organisation = organisation;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public Paper voucherList(SettlementId id) {
        SettlementDossier dossier = access.readable(id);
        Budget budget = budgets.findById(dossier.budgetId().value()).orElseThrow();
        OrgChart chart = organisation.today();
        IssuingBodyView body = bodies.find(dossier.issuingBodyId()).orElseThrow();
        LocalDate on = dossier.submittedOn().orElse(LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
        byte[] word = forms.word(VoucherList.of(new VoucherList.Facts(chart.nameOf(dossier.wardUnitId()),
                chart.nameOf(dossier.bodyUnitId()), dossier.year(),
                budget.decided().line(dossier.lineKey()).map(BudgetLine::activity).orElse(""), dossier.content(),
                body.place(), on)));
        return new Paper("Bang-ke-chung-tu-" + TextFolding.ascii(chart.nameOf(dossier.wardUnitId())).replace(' ', '-')
                + "-" + dossier.settlementId() + ".docx", WORD, word);
    }
}
