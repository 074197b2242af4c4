package vn.boardflow.report;

import java.util.List;
import java.util.Map;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.UnitId;

/**
 * The consolidation (tổng hợp) of a period of a form, for the secretariat that accepts its reports: the accepted
 * reports' figures added up, unit by unit and in total against the body's targets, the units' sections gathered
 * for editing; then the body's Báo cáo drafted from it, which takes the document route (review, the leader's
 * sign-off, numbering and issuance by the clerk), and the same table as a spreadsheet.
 */
public interface ReportConsolidations {

    Consolidation of(ReportFormId formId, ReportPeriod period);

    /** The units' figures and the totals as an .xlsx sheet. */
    Spreadsheet spreadsheet(ReportFormId formId, ReportPeriod period);

    /**
     * Drafts the body's report from the consolidation as it stands, with the summary and the sections as the
     * secretariat edited them, or writes them into its draft when it has one that is still being written.
     * While units' reports are not yet accepted, it is refused unless {@code withoutMissing}: they are then
     * named in the report as not consolidated.
     */
    DraftId draft(ReportFormId formId, ReportPeriod period, String summary, Map<String, String> texts,
                  boolean withoutMissing);

    /**
     * A period's consolidation.
     *
     * @param missing the units whose reports are not accepted, by name
     * @param texts   each section's texts as gathered from the units, or as the secretariat last edited them
     * @param draftId the draft of the body's report, once drafted
     * @param issued  the issued report's number and symbol, once issued
     */
    record Consolidation(ReportFormId formId, String formName, ReportPeriod period, List<Total> totals,
                         List<UnitRow> units, List<String> missing, String summary, Map<String, String> texts,
                         List<FormField> sections, DraftId draftId, String issued) {

        public Consolidation {
            totals = List.copyOf(totals);
            units = List.copyOf(units);
            missing = List.copyOf(missing);
            texts = Map.copyOf(texts);
            sections = List.copyOf(sections);
        }
    }

    /**
     * A figure over every accepted report.
     *
     * @param period     the sum of this period's values (of the levels, for a level)
     * @param cumulative the sum over the year so far (the level, for a level)
     * @param target     the body's annual target, when the field is one of its plan's
     */
    record Total(FormField field, long period, long cumulative, Long target, Integer percent) {
    }

    /** One unit's line of the table: its figures of the period and its cumulative, by field key. */
    record UnitRow(UnitId unitId, String unitName, ReportStatus status, boolean late, int reopened,
                   Map<String, Long> period, Map<String, Long> cumulative) {

        public UnitRow {
            period = Map.copyOf(period);
            cumulative = Map.copyOf(cumulative);
        }
    }

    record Spreadsheet(String fileName, byte[] bytes) {
    }
}
