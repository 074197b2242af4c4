package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.shared.TransactionMemo;

/**
 * Builds the unit tree for a date. Today's tree is read on almost every request (scope checks, unit
 * names in grids), so it is cached and rebuilt only when the unit table's revision stamp moves,
 * which also keeps several application nodes consistent.
 */
@Component
class OrgCharts {

    private record Cached(LocalDate date, long revision, OrgChart chart) {
    }

    private final UnitRepository units;
    private final Clock clock;
    private final AtomicReference<Cached> today = new AtomicReference<>();
    /** A command asks for the tree at each access check; the revision stamp is read once per transaction. */
    private final TransactionMemo<LocalDate, OrgChart> todays = new TransactionMemo<>(this::current);

    OrgCharts(UnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    OrgChart today() {
        return todays.get(LocalDate.now(clock));
    }

    private OrgChart current(LocalDate date) {
        long revision = units.revision();
        Cached cached = today.get();
        if (cached != null && cached.date().equals(date) && cached.revision() == revision) {
            return cached.chart();
        }
        OrgChart chart = build(date, false);
        today.set(new Cached(date, revision, chart));
        return chart;
    }

    @Transactional(readOnly = true)
    OrgChart on(LocalDate date, boolean includeClosed) {
        return build(date, includeClosed);
    }

    private OrgChart build(LocalDate date, boolean includeClosed) {
        List<OrgUnit> onDate = units.findAllWithVersions().stream()
                .map(unit -> unit.on(date, includeClosed))
                .flatMap(Optional::stream)
                .toList();
        return new OrgChart(date, onDate);
    }
}
