package vn.boardflow.org.internal;

import org.springframework.data.repository.Repository;

/** Append-only: saving is the only write this repository offers. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    long count();
}
