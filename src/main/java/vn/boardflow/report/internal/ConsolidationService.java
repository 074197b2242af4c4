package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportConsolidations;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class ConsolidationService implements ReportConsolidations {

    private final ReportRecords records;
    private final ReportAccess access;
    private final ConsolidationReader reader;
    private final PeriodConsolidationRepository consolidations;
    private final CityReportDrafts cityReports;
    private final ReportTasks tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConsolidationService(ReportRecords records, ReportAccess access, ConsolidationReader reader,
                         PeriodConsolidationRepository consolidations, CityReportDrafts cityReports, ReportTasks tasks,
                         CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.access = access;
        this.reader = reader;
        this.consolidations = consolidations;
        this.cityReports = cityReports;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Consolidation of(ReportFormId formId, ReportPeriod period) {
        return reader.read(accepted(formId), period);
    }

    @Override
    @Transactional(readOnly = true)
    public Spreadsheet spreadsheet(ReportFormId formId, ReportPeriod period) {
        Consolidation consolidation = reader.read(accepted(formId), period);
        return new Spreadsheet("tong-hop-" + period.key().toLowerCase(Locale.ROOT) + ".xlsx",
                ConsolidationSheet.write(consolidation));
    }

    @Override
    public DraftId draft(ReportFormId formId, ReportPeriod period, String summary, Map<String, String> texts,
                         boolean withoutMissing) {
        ReportForm form = accepted(formId);
        Consolidation consolidation = reader.read(form, period);
        if (consolidation.issued() != null) {
            throw new RuleViolation("report.error.consolidationIssued", consolidation.issued());
        }
        if (consolidation.missing().size() == consolidation.units().size()) {
            throw new RuleViolation("report.error.nothingAccepted");
        }
        if (!consolidation.missing().isEmpty() && !withoutMissing) {
            throw new RuleViolation("report.error.unitsMissing", consolidation.missing().size(),
                    String.join(", ", consolidation.missing()));
        }
        PeriodConsolidation kept = reader.find(form, period).orElseGet(() -> new PeriodConsolidation(formId, period));
        kept.consolidated(summary == null ? "" : summary.strip(), sectionsOnly(consolidation, texts),
                reader.basis(form, period), currentUser.actor().username(), clock.instant());
        consolidations.saveAndFlush(kept);
        if (kept.draft().isPresent()) {
            cityReports.write(kept.draft().get(), kept, form, consolidation);
            return kept.draft().get();
        }
        DraftId draftId = cityReports.open(kept, form, consolidation);
        kept.draftedAs(draftId);
        tasks.consolidate(reader.processesOf(form, period), ReportOpening.periodScreen(form, period));
        return draftId;
    }

    private ReportForm accepted(ReportFormId formId) {
        ReportForm form = records.form(formId);
        access.requireAccepts(form);
        return form;
    }

    /** The form's sections only, each stripped; an empty one is left out. */
    private static Map<String, String> sectionsOnly(Consolidation consolidation, Map<String, String> texts) {
        Map<String, String> kept = new HashMap<>();
        for (FormField section : consolidation.sections()) {
            String text = texts.get(section.key());
            if (text != null && !text.isBlank()) {
                kept.put(section.key(), text.strip());
            }
        }
        return kept;
    }
}
