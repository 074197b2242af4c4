package vn.boardflow.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.plan.AnnualPlans.PlanFilter;

interface AnnualPlanRepository extends JpaRepository<AnnualPlan, Long>, JpaSpecificationExecutor<AnnualPlan> {

    /** The body's plan of a year that still counts: not cancelled. */
    @Query("""
            select p from AnnualPlan p
            where p.issuingBodyId = :body and p.year = :year and p.status <> vn.boardflow.drafting.DraftStatus.CANCELLED
            order by p.id desc
            """)
    List<AnnualPlan> current(long body, int year);

    List<AnnualPlan> findByStatusAndUnitIdIn(DraftStatus status, Collection<Long> units);

    /** Plans of the units the user reaches that pass the filter; an empty filter field matches all. */
    static Specification<AnnualPlan> matching(Collection<Long> units, PlanFilter filter) {
        return (plan, query, cb) -> {
            var where = cb.and(plan.get("unitId").in(units));
            if (filter.year() != null) {
                where = cb.and(where, cb.equal(plan.get("year"), filter.year()));
            }
            if (filter.status() != null) {
                where = cb.and(where, cb.equal(plan.get("status"), filter.status()));
            }
            if (filter.issuingBodyId() != null) {
                where = cb.and(where, cb.equal(plan.get("issuingBodyId"), filter.issuingBodyId().value()));
            }
            return where;
        };
    }
}
