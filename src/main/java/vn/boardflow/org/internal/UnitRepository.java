package vn.boardflow.org.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    @Query("select distinct u from Unit u left join fetch u.versions")
    List<Unit> findAllWithVersions();

    /** Changes to any unit change this stamp, so a cached chart knows when it is stale. */
    @Query("select count(u) * 1000003 + coalesce(sum(u.version), 0) from Unit u")
    long revision();
}
