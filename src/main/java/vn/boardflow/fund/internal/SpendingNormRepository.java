package vn.boardflow.fund.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpendingNormRepository extends JpaRepository<SpendingNormRecord, Long> {

    List<SpendingNormRecord> findAllByOrderByItemCodeAscSpanValidFromAsc();

    List<SpendingNormRecord> findByItemCode(String itemCode);
}
