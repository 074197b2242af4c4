package vn.boardflow.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import vn.boardflow.shared.Ids;

/** Which report form (mẫu báo cáo). Written as its number. */
public record ReportFormId(@JsonValue long value) {

    public ReportFormId {
        Ids.requirePositive(value, "a report form");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReportFormId of(long value) {
        return new ReportFormId(value);
    }

    /** A number from a route or a link, which may name nothing at all. */
    public static Optional<ReportFormId> from(long value) {
        return Ids.from(value, ReportFormId::new);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
