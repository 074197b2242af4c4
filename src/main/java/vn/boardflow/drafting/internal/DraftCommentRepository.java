package vn.boardflow.drafting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftCommentRepository extends JpaRepository<DraftCommentEntry, Long> {

    List<DraftCommentEntry> findByDraftIdOrderByIdAsc(long draftId);

    Optional<DraftCommentEntry> findFirstByDraftIdAndAuthorAndRevisionLessThanOrderByRevisionDesc(long draftId,
                                                                                                 String author,
                                                                                                 int revision);
}
