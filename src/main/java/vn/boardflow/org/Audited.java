package vn.boardflow.org;

import vn.boardflow.org.AuditLog.AuditRecord;

/**
 * An event the audit log writes down: a feature publishes what happened and the log records it in the
 * same transaction, for whoever is signed in, so a change that rolls back leaves no entry.
 */
public interface Audited {

    AuditRecord audit();
}
