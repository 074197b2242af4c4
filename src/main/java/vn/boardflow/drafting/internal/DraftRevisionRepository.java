package vn.boardflow.drafting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRevisionRepository extends JpaRepository<DraftRevision, Long> {

    List<DraftRevision> findByDraftIdOrderByRevisionDesc(long draftId);
}
