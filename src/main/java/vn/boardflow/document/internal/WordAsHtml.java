package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.docx4j.Docx4J;
import org.docx4j.convert.out.HTMLSettings;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.springframework.stereotype.Component;

/**
 * A rendered Word file as a web page, for reading it on screen (on a phone above all): docx4j's own export of the
 * file the renderer wrote, so what the reader sees is what prints, not a second rendering of the content.
 */
@Component
class WordAsHtml {

    /** A page's width and the body's font, so the text wraps as a page would on a wide screen and fits a phone. */
    private static final String CSS = "body{max-width:21cm;margin:0 auto;padding:1em;"
            + "font-family:'Times New Roman',serif;overflow-wrap:anywhere}table,img{max-width:100%}img{height:auto}";

    String of(byte[] docx) {
        try {
            WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            HTMLSettings settings = Docx4J.createHTMLSettings();
            settings.setOpcPackage(document);
            settings.setUserCSS(CSS);
            // a page's pictures travel inside it: the preview is a single document, never files on the server
            settings.setImageHandler((picture, relationship, part) -> "data:" + part.getContentType() + ";base64,"
                    + Base64.getEncoder().encodeToString(part.getBytes()));
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            Docx4J.toHTML(settings, html, Docx4J.FLAG_EXPORT_PREFER_NONXSL);
            return html.toString(StandardCharsets.UTF_8);
        } catch (Docx4JException e) {
            throw new IllegalStateException("A rendered document could not be read back", e);
        }
    }
}
