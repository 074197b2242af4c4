/**
 * Drafting (dự thảo văn bản): a document of any type written for an issuing body before it is issued, kept
 * as a version at every save, previewed as it will print with the format check's findings, and commented
 * version by version, then sent along the body's route to the leader's sign-off and the clerk's issuance
 * (bpmn/document-approval.bpmn20.xml). Features that write their own documents (plans, inspection papers,
 * reports) are to draft through it too.
 */
@ApplicationModule(displayName = "Drafting", allowedDependencies = {"shared", "org", "document", "workflow"})
package vn.boardflow.drafting;

import org.springframework.modulith.ApplicationModule;
