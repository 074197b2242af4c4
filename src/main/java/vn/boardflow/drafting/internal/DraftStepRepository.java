package vn.boardflow.drafting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftStepRepository extends JpaRepository<DraftStepEntry, Long> {

    List<DraftStepEntry> findByDraftIdOrderByOccurredAtAscIdAsc(long draftId);

    Optional<DraftStepEntry> findFirstByDraftIdAndActorAndRevisionLessThanOrderByRevisionDesc(long draftId, String actor,
                                                                                             int revision);
}
