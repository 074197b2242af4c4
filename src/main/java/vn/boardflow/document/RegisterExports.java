package vn.boardflow.document;

/** The register of one body and year as a file to print and bind (Word, landscape) or to work with (Excel). */
public interface RegisterExports {

    ExportedFile word(long issuingBodyId, int year);

    ExportedFile spreadsheet(long issuingBodyId, int year);

    record ExportedFile(String fileName, String contentType, byte[] bytes) {
    }
}
