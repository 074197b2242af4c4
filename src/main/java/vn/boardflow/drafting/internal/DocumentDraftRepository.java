package vn.boardflow.drafting.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentDraftRepository extends JpaRepository<DocumentDraft, Long> {

    List<DocumentDraft> findByUnitIdInOrderByWrittenUpdatedAtDescIdDesc(Collection<Long> unitIds);

    List<DocumentDraft> findByProcessInstanceIdIn(Collection<String> processInstanceIds);
}
