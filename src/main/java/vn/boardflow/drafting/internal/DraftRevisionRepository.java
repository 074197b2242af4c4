package vn.boardflow.drafting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRevisionRepository extends JpaRepository<DraftRevision, Long> {

    List<DraftRevision> findByDraftIdOrderByRevisionDesc(long draftId);

    Optional<DraftRevision> findByDraftIdAndRevision(long draftId, int revision);
}
