package vn.boardflow.document.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {
}
