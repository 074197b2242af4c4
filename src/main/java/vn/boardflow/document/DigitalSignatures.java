package vn.boardflow.document;

import java.time.Instant;

/**
 * The place for Vietnamese digital signatures: a leader signing the issued file with a VGCA token (USB) or through
 * a licensed remote-signing service, the clerk's seal after it. Nothing implements it yet: the boards sign on
 * paper, and the clerk attaches the scanned signed copy ({@link DocumentAttachments#attachSignedCopy}). An
 * implementation signs the file exactly as issued, and the document keeps the signed file beside it.
 */
public interface DigitalSignatures {

    SignedFile sign(SignatureRequest request);

    /**
     * @param signer      the user name of who signs, who must hold the certificate
     * @param certificate the serial of the certificate chosen (token or remote), as the provider names it
     */
    record SignatureRequest(long documentId, String signer, String certificate, byte[] file, String contentType) {
    }

    record SignedFile(byte[] bytes, String contentType, String certificateSubject, Instant signedAt) {
    }
}
