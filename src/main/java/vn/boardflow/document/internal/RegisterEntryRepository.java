package vn.boardflow.document.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterEntryRepository extends JpaRepository<RegisterEntry, Long> {
}
