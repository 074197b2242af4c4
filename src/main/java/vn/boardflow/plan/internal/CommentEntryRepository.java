package vn.boardflow.plan.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

interface CommentEntryRepository extends Repository<CommentEntry, Long> {

    CommentEntry save(CommentEntry entry);

    List<CommentEntry> findByPlanIdOrderByWrittenAtAscIdAsc(long planId);
}
