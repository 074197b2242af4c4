package vn.boardflow.fund.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.FormSheets;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementPapers;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Settlements.Clearing;
import vn.boardflow.fund.Settlements.SettlementView;
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
    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SettlementAccess access;
    private final Settlements settlements;
    private final BudgetRepository budgets;
    private final IssuingBodies bodies;
    private final Organisation organisation;
    private final FormSheets forms;
    private final Clock clock;

    SettlementPaperService(SettlementAccess access, Settlements settlements, BudgetRepository budgets,
                           IssuingBodies bodies, Organisation organisation, FormSheets forms, Clock clock) {
        this.access = access;
        this.settlements = settlements;
        this.budgets = budgets;
        this.bodies = bodies;
        this.organisation = organisation;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public Paper voucherList(SettlementId id) {
        Filled filled = filled(id);
        return new Paper(filled.fileName("Bang-ke-chung-tu", "docx"), WORD,
                forms.word(VoucherList.of(filled.facts())));
    }

    @Override
    public Paper voucherListSheet(SettlementId id) {
        Filled filled = filled(id);
        return new Paper(filled.fileName("Bang-ke-chung-tu", "xlsx"), EXCEL,
                forms.workbook(List.of(VoucherList.of(filled.facts()))));
    }

    @Override
    public Paper paymentRequest(SettlementId id) {
        Filled filled = filled(id);
        boolean advance = filled.dossier().kind() == DossierKind.ADVANCE;
        return new Paper(filled.fileName(advance ? "Giay-de-nghi-tam-ung" : "Giay-de-nghi-thanh-toan", "docx"), WORD,
                forms.word(advance ? PaymentRequest.advance(filled.facts()) : PaymentRequest.of(filled.facts())));
    }

    private Filled filled(SettlementId id) {
        SettlementDossier dossier = access.readable(id);
        Budget budget = budgets.findById(dossier.budgetId().value()).orElseThrow();
        OrgChart chart = organisation.today();
        IssuingBodyView body = bodies.find(dossier.issuingBodyId()).orElseThrow();
        return new Filled(dossier, chart.nameOf(dossier.wardUnitId()), chart.nameOf(dossier.bodyUnitId()),
                budget.decided().line(dossier.lineKey()).map(BudgetLine::activity).orElse(""), body.place(),
                dossier.route().submittedOn().orElse(LocalDate.now(clock.withZone(VietnameseDates.ZONE))),
                settlements.find(id).flatMap(SettlementView::clearing).orElse(null));
    }

    /** What every paper of a dossier is filled in with. */
    private record Filled(SettlementDossier dossier, String ward, String bodyName, String activity, String place,
                          LocalDate on, Clearing clearing) {

        PaperFacts facts() {
            return new PaperFacts(ward, bodyName, dossier.year(), activity, dossier.content(), place, on, clearing);
        }

        String fileName(String paper, String extension) {
            return paper + "-" + TextFolding.ascii(ward).replace(' ', '-') + "-" + dossier.settlementId() + "."
                    + extension;
        }
    }
}
