package vn.boardflow.report;

import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.UnitId;

/**
 * Report forms (mẫu báo cáo): what a body's units report each period and by when. A form is kept in versions, like
 * a checklist: a revision is a new version, and a period keeps the version it opened with. The body's drafters
 * (its secretariat) keep its forms; everyone who reports on a form or accepts its reports reads it.
 */
public interface ReportForms {

    /** The forms of the bodies the user works for. */
    List<ReportFormView> list();

    Optional<ReportFormView> find(ReportFormId id);

    /**
     * What a new form of the body starts with: monthly, due on the 25th; the body's wards report the targets the
     * plan allocates and the sections of a Union monthly report; its secretariat (or the body) accepts. A body
     * with no wards below it (a province's board) is reported to by the bodies of its authority that keep forms of
     * their own (its cities' boards), which then write their reports on it from their own.
     */
    FormDefinition proposal(IssuingBodyId issuingBodyId);

    /** The units the body's forms may name, in the tree's order. */
    FormUnits unitsOf(IssuingBodyId issuingBodyId);

    /**
     * @param reporting those of the authority the body belongs to, the body's own aside
     * @param accepting the body and its own units (its secretariat)
     */
    record FormUnits(List<OrgUnit> reporting, List<OrgUnit> accepting) {

        public FormUnits {
            reporting = List.copyOf(reporting);
            accepting = List.copyOf(accepting);
        }
    }

    ReportFormId create(IssuingBodyId issuingBodyId, FormDefinition definition);

    /** A new version of the form; refused when someone changed the form since {@code version} was read. */
    void revise(ReportFormId id, long version, FormDefinition definition);

    /**
     * What a form asks, of whom, and who accepts.
     *
     * @param reportingUnits the units that report, the body's wards unless chosen otherwise
     * @param acceptingUnit  the unit whose officers return or accept the reports (the secretariat)
     */
    record FormDefinition(String name, ReportSchedule schedule, List<UnitId> reportingUnits, UnitId acceptingUnit,
                          List<FormField> fields) {

        public FormDefinition {
            reportingUnits = List.copyOf(reportingUnits);
            fields = List.copyOf(fields);
        }
    }

    /**
     * A form as its screens show it.
     *
     * @param formVersion the number of the version new periods open with
     * @param version     the form's optimistic-lock version, for {@link #revise}
     */
    record ReportFormView(ReportFormId id, IssuingBodyId issuingBodyId, String bodyLabel, int formVersion,
                          FormDefinition definition, long version) {
    }
}
