package vn.boardflow.fund.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.fund.ExpenseItems;
import vn.boardflow.fund.FundEvents.NormAdded;
import vn.boardflow.fund.FundEvents.NormClosed;
import vn.boardflow.fund.SpendingNorm;
import vn.boardflow.fund.SpendingNorms;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.RuleViolation;

/**
 * The norms as the database keeps them: a few rows per item, read whole. A province's row is written by an
 * administrator of the province, a nationwide one by an administrator of the whole organisation (of a unit at its
 * top).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class JpaSpendingNorms implements SpendingNorms {

    private final SpendingNormRepository norms;
    private final ExpenseItems items;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaSpendingNorms(SpendingNormRepository norms, ExpenseItems items, AccessPolicy access, CurrentUser currentUser,
                     Organisation organisation, ApplicationEventPublisher events, Clock clock) {
        this.norms = norms;
        this.items = items;
        this.access = access;
        this.currentUser = currentUser;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<SpendingNorm> all() {
        OrgChart chart = organisation.today();
        return norms.findAllByOrderByItemCodeAscSpanValidFromAsc().stream()
                .map(norm -> norm.view(norm.provinceUnitId() == null ? null : chart.nameOf(norm.provinceUnitId())))
                .sorted(Comparator.comparing((SpendingNorm norm) -> norm.provinceUnitId() != null)
                        .thenComparing(norm -> norm.provinceName() == null ? "" : norm.provinceName()))
                .toList();
    }

    @Override
    public List<SpendingNorm> ofItem(String itemCode) {
        return norms.findByItemCode(itemCode).stream().map(norm -> norm.view(null)).toList();
    }

    @Override
    public List<Province> provinces() {
        OrgChart chart = organisation.today();
        return chart.inTreeOrder().stream().filter(unit -> unit.type() == UnitType.PROVINCE)
                .filter(unit -> access.canAdminister(unit.id())).map(unit -> new Province(unit.id(), unit.name()))
                .toList();
    }

    @Override
    @Transactional
    public long add(NewNorm norm) {
        requireWrites(norm.provinceUnitId());
        if (norm.name() == null || norm.name().isBlank() || norm.legalBasis() == null || norm.legalBasis().isBlank()) {
            throw new RuleViolation("norm.error.nameAndBasisRequired");
        }
        if (norm.basis() == null || norm.validFrom() == null) {
            throw new RuleViolation("norm.error.basisAndDateRequired");
        }
        if (norm.maxAmount() == null || norm.maxAmount().isNegative() || norm.maxAmount().isZero()) {
            throw new RuleViolation("norm.error.amountPositive");
        }
        if (items.find(norm.itemCode(), norm.validFrom()).isEmpty()) {
            throw new RuleViolation("norm.error.itemNotInForce", norm.itemCode());
        }
        if (norms.findByItemCode(norm.itemCode()).stream()
                .anyMatch(kept -> kept.overlaps(norm.provinceUnitId(), norm.itemCode(), norm.validFrom()))) {
            throw new RuleViolation("norm.error.overlaps", norm.itemCode());
        }
        SpendingNormRecord kept = norms.save(new SpendingNormRecord(norm, currentUser.actor().username(),
                clock.instant()));
        events.publishEvent(new NormAdded(kept.view(null)));
        return kept.view(null).id();
    }

    @Override
    @Transactional
    public void close(long id, LocalDate lastDay) {
        SpendingNormRecord norm = norms.findById(id).orElseThrow(() -> new RuleViolation("norm.error.notFound"));
        requireWrites(norm.provinceUnitId());
        SpendingNorm before = norm.view(null);
        norm.closeOn(lastDay);
        events.publishEvent(new NormClosed(before, lastDay));
    }

    private void requireWrites(UnitId province) {
        if (province != null) {
            access.requireAdministers(province);
        } else {
            access.requireAdministers(null);
        }
    }
}
