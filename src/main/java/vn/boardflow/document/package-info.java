/**
 * Official documents: issuing bodies with their format profile (Nghị định 30 or the Youth Union's),
 * document types and symbols, and the register of outgoing documents whose numbers are given at
 * issuance without a gap or a duplicate. Only {@code document.internal} imports docx4j.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"shared", "org"})
package vn.boardflow.document;

import org.springframework.modulith.ApplicationModule;
