package vn.boardflow.fund.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettlementReportRepository extends JpaRepository<SettlementReport, Long> {
}
