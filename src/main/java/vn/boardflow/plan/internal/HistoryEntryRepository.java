package vn.boardflow.plan.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

interface HistoryEntryRepository extends Repository<HistoryEntry, Long> {

    HistoryEntry save(HistoryEntry entry);

    List<HistoryEntry> findByPlanIdOrderByOccurredAtAscIdAsc(long planId);
}
