/**
 * Drafting (dự thảo văn bản): a document of any type written for an issuing body before it is issued, kept
 * as a version at every save, previewed as it will print with the format check's findings, and commented
 * version by version. Features that write their own documents (plans, inspection papers, reports) are to
 * draft through it too.
 */
@ApplicationModule(displayName = "Drafting", allowedDependencies = {"shared", "org", "document"})
package vn.boardflow.drafting;

import org.springframework.modulith.ApplicationModule;
