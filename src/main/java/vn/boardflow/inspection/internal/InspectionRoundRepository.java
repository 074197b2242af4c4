package vn.boardflow.inspection.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.inspection.InspectionPeriod;

interface InspectionRoundRepository extends JpaRepository<InspectionRound, Long> {

    boolean existsByIssuingBodyIdAndYearAndPeriod(long issuingBodyId, int year, InspectionPeriod period);

    List<InspectionRound> findByIssuingBodyIdOrderByYearDescPeriodDesc(long issuingBodyId);

    @Query("select distinct round.issuingBodyId from InspectionRound round order by round.issuingBodyId")
    List<Long> bodiesWithRounds();

    /** Closing wards one at a time per round, so the last one closed is always seen to be the last. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select round from InspectionRound round where round.id = :id")
    Optional<InspectionRound> lockById(long id);
}
