package vn.boardflow.document.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterStartRepository extends JpaRepository<RegisterStart, Long> {

    boolean existsByIssuingBodyIdAndYearAndSequenceKey(long issuingBodyId, int year, String sequenceKey);

    List<RegisterStart> findByIssuingBodyIdAndYearOrderBySequenceKey(long issuingBodyId, int year);
}
