package vn.boardflow.emulation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BaseSalaryRepository extends JpaRepository<BaseSalaryRecord, Long> {

    List<BaseSalaryRecord> findAllByOrderBySpanValidFromAsc();
}
