package vn.boardflow.drafting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftCommentRepository extends JpaRepository<DraftCommentEntry, Long> {

    List<DraftCommentEntry> findByDraftIdOrderByIdAsc(long draftId);
}
