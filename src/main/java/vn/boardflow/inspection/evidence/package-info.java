/**
 * Evidence (minh chứng): the photos and files that back a criterion's score or show a remedial task put
 * right, checked by their content and kept with the ward's inspection. It serves
 * {@link vn.boardflow.inspection.InspectionEvidence} to the screens and
 * {@link vn.boardflow.inspection.internal.EvidenceOnFile} to the steps that require it, and asks
 * {@link vn.boardflow.inspection.internal.EvidenceTargets} who may attach what, and until when.
 */
@ApplicationModule(displayName = "Evidence")
package vn.boardflow.inspection.evidence;

import org.springframework.modulith.ApplicationModule;
