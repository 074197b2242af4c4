package vn.boardflow.document;

/** The register of one body and year as a file to print and bind (Word, landscape) or to work with (Excel). */
public interface RegisterExports {

    ExportedFile word(IssuingBodyId issuingBodyId, int year);

    ExportedFile spreadsheet(IssuingBodyId issuingBodyId, int year);

    record ExportedFile(String fileName, String contentType, byte[] bytes) {
    }
}
