/**
 * Checklists (bộ tiêu chí): the revisions a body's rounds are opened with, their criteria and rating scale.
 * It serves {@link vn.boardflow.inspection.ChecklistTemplates} to the screens and
 * {@link vn.boardflow.inspection.internal.ChecklistRevisions} to the rounds; nothing names it in turn.
 */
@ApplicationModule(displayName = "Checklists")
package vn.boardflow.inspection.checklist;

import org.springframework.modulith.ApplicationModule;
