package vn.boardflow.report.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.IssuedTargets;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportConsolidations.Consolidation;
import vn.boardflow.report.ReportConsolidations.UnitRow;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.internal.ConsolidatedFigures.UnitInput;
import vn.boardflow.shared.Sha256;

/**
 * A period's consolidation as it stands: its units' accepted figures added up against the body's targets, and the
 * sections either as the secretariat last edited them or gathered from the accepted reports, unit by unit.
 */
@Component
class ConsolidationReader {

    private final UnitReportRepository reports;
    private final ReportRecords records;
    private final PeriodConsolidationRepository consolidations;
    private final IssuedTargets targets;
    private final Organisation organisation;
    private final Clock clock;

    ConsolidationReader(UnitReportRepository reports, ReportRecords records,
                        PeriodConsolidationRepository consolidations, IssuedTargets targets,
                        Organisation organisation, Clock clock) {
        this.reports = reports;
        this.records = records;
        this.consolidations = consolidations;
        this.targets = targets;
        this.organisation = organisation;
        this.clock = clock;
    }

    Consolidation read(ReportForm form, ReportPeriod period) {
        List<UnitReport> found = reports.ofPeriod(form.formId().value(), period.type(), period.year(), period.number());
        ReportFormVersion version = found.isEmpty() ? records.currentVersion(form) : records.versionOf(found.getFirst());
        List<FormField> numeric = version.fields().stream().filter(FormField::numeric).toList();
        List<FormField> sections = version.fields().stream().filter(field -> !field.numeric()).toList();
        ConsolidatedFigures figures = new ConsolidatedFigures(numeric,
                PlanTargets.ofBody(numeric, targets.of(form.issuingBodyId(), period.year()).orElse(null)));
        List<UnitRow> rows = figures.rows(inputs(form, period, found, version));
        Optional<PeriodConsolidation> kept = find(form, period);
        Map<String, String> texts = kept.map(PeriodConsolidation::texts).orElseGet(() -> gathered(sections, rows, found));
        return new Consolidation(form.formId(), form.name(), period, figures.totals(rows), rows,
                ConsolidatedFigures.missing(rows), kept.map(PeriodConsolidation::summary)
                .orElse(form.name() + " " + period.label()), texts, sections,
                kept.flatMap(PeriodConsolidation::draft).orElse(null),
                kept.map(PeriodConsolidation::documentSymbol).orElse(null));
    }

    Optional<PeriodConsolidation> find(ReportForm form, ReportPeriod period) {
        return consolidations.findByFormIdAndPeriodTypeAndPeriodYearAndPeriodNumber(form.formId().value(),
                period.type(), period.year(), period.number());
    }

    /**
     * What the consolidation stands on: the accepted reports of the period, each at its version, hashed. A report
     * accepted, reopened or corrected since changes it.
     */
    String basis(ReportForm form, ReportPeriod period) {
        StringBuilder accepted = new StringBuilder();
        reports.ofPeriod(form.formId().value(), period.type(), period.year(), period.number()).stream()
                .filter(report -> report.status() == ReportStatus.ACCEPTED)
                .sorted(Comparator.comparing(report -> report.reportId().value()))
                .forEach(report -> accepted.append(report.reportId()).append('@').append(report.version()).append(';'));
        return Sha256.hex(accepted.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The distinct processes the period's reports run in. */
    List<String> processesOf(ReportForm form, ReportPeriod period) {
        return reports.ofPeriod(form.formId().value(), period.type(), period.year(), period.number()).stream()
                .map(UnitReport::processInstanceId).filter(Objects::nonNull).distinct().toList();
    }

    private List<UnitInput> inputs(ReportForm form, ReportPeriod period, List<UnitReport> found,
                                   ReportFormVersion version) {
        OrgChart chart = organisation.today();
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<String, Long>> yearToDate = new HashMap<>();
        reports.acceptedThrough(form.formId().value(), period.type(), period.year(), period.number())
                .forEach(total -> yearToDate.computeIfAbsent(total.unitId(), unit -> new HashMap<>())
                        .put(total.fieldKey(), total.sum()));
        Map<Long, UnitReport> byUnit = new LinkedHashMap<>();
        found.forEach(report -> byUnit.put(report.unitId().value(), report));
        List<UnitId> units = new ArrayList<>(form.reportingUnits());
        found.stream().map(UnitReport::unitId).filter(unit -> !units.contains(unit)).forEach(units::add);
        return units.stream().map(unit -> {
            UnitReport report = byUnit.get(unit.value());
            return report == null
                    ? new UnitInput(unit, chart.nameOf(unit), null, today.isAfter(version.schedule().onTimeUntil(period)),
                            0, Map.of(), Map.of())
                    : new UnitInput(unit, chart.nameOf(unit), report.status(), report.late(version.schedule(), today),
                            report.reopened(), report.figures(), yearToDate.getOrDefault(unit.value(), Map.of()));
        }).toList();
    }

    /** Each section's texts of the accepted reports, one paragraph per unit, named. */
    private static Map<String, String> gathered(List<FormField> sections, List<UnitRow> rows, List<UnitReport> found) {
        Map<String, String> texts = new HashMap<>();
        for (FormField section : sections) {
            StringBuilder text = new StringBuilder();
            for (UnitRow row : rows) {
                found.stream().filter(report -> report.unitId().equals(row.unitId()))
                        .filter(report -> report.status() == ReportStatus.ACCEPTED)
                        .map(report -> report.entry().texts().get(section.key()))
                        .filter(written -> written != null && !written.isBlank())
                        .forEach(written -> text.append(text.isEmpty() ? "" : "\n").append(row.unitName()).append(": ")
                                .append(written));
            }
            if (!text.isEmpty()) {
                texts.put(section.key(), text.toString());
            }
        }
        return texts;
    }
}
