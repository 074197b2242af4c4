package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

@Service
class OrganisationService implements Organisation {

    private final OrgCharts charts;
    private final UnitRepository units;
    private final Clock clock;

    OrganisationService(OrgCharts charts, UnitRepository units, Clock clock) {
        this.charts = charts;
        this.units = units;
        this.clock = clock;
    }

    /** Also for timers, which run with nobody signed in and offer the tasks they start by the unit tree. */
    @Override
    public OrgChart today() {
        return charts.today();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public OrgChart on(LocalDate date, boolean includeClosed) {
        return charts.on(date, includeClosed);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UnitHistoryEntry> history(UnitId unitId) {
        Unit unit = units.findById(unitId.value()).orElseThrow(() -> new RuleViolation("unit.error.notFound"));
        OrgChart names = charts.on(LocalDate.now(clock), true);
        return unit.versions().stream()
                .map(v -> new UnitHistoryEntry(v.validFrom(), v.validTo(), v.names().name(), v.names().shortName(),
                        v.names().abbreviation(), v.parentId(), names.nameOf(v.parentId()), v.changeReason()))
                .toList();
    }
}
