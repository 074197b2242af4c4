package vn.boardflow.document.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boardflow.document.DocumentType;

interface DocumentTemplateRepository extends JpaRepository<DocumentTemplate, Long> {

    List<DocumentTemplate> findByTypeOrderByVersionDesc(DocumentType type);

    Optional<DocumentTemplate> findFirstByTypeOrderByVersionDesc(DocumentType type);
}
