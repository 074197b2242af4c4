package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/** Reads a rendered Word file back for assertions. */
final class DocxText {

    private DocxText() {
    }

    static WordprocessingMLPackage open(byte[] docx) throws Exception {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }

    static List<String> lines(byte[] docx) {
        return DocxLines.read(docx);
    }
}
