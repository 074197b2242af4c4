package vn.boardflow.inspection.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.shared.RuleViolation;

/**
 * Who does a ward's tasks in the {@code inspectionRound} process: its team fills the checklist
 * ({@code ${inspectionTeams.inspectors(wardInspectionId)}}) and its head closes it.
 */
@Component("inspectionTeams")
class InspectionTeams {

    private final WardInspectionRepository inspections;

    InspectionTeams(WardInspectionRepository inspections) {
        this.inspections = inspections;
    }

    public List<String> inspectors(long wardInspectionId) {
        return load(wardInspectionId).inspectors();
    }

    public String head(long wardInspectionId) {
        return load(wardInspectionId).teamHead();
    }

    private WardInspection load(long wardInspectionId) {
        return inspections.findById(wardInspectionId)
                .orElseThrow(() -> new RuleViolation("inspection.error.wardNotFound"));
    }
}
