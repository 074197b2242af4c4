package vn.boardflow.emulation;

import vn.boardflow.drafting.DraftId;

/**
 * The agreement's papers on the document route, drafted from its data by the body's secretariat: the Bản giao ước
 * thi đua once the agreement is drawn up, the Biên bản họp cụm once the chair has ranked. Each is reviewed, signed
 * off and numbered in the body's register like any other document; drafting one again writes the data as it stands
 * into the same draft as its next version.
 */
public interface ClusterPapers {

    DraftId draft(AgreementId agreementId, ClusterPaper paper);
}
