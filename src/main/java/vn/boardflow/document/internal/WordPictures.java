package vn.boardflow.document.internal;

import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import vn.boardflow.document.DocumentContent.Picture;

/**
 * The pictures of one document being rendered: each PNG becomes an image part of the package, drawn inline across
 * the text's width in a centred paragraph with its caption in italics under it.
 */
final class WordPictures {

    private static final ObjectFactory WML = new ObjectFactory();

    private final WordprocessingMLPackage word;
    private int drawn;

    WordPictures(WordprocessingMLPackage word) {
        this.word = word;
    }

    P paragraph(Picture picture) {
        try {
            BinaryPartAbstractImage image = BinaryPartAbstractImage.createImagePart(word, picture.png());
            int id = ++drawn;
            Inline inline = image.createImageInline("hinh-" + id + ".png", picture.caption(), id, id, false,
                    WordBlocks.TEXT_WIDTH);
            Drawing drawing = WML.createDrawing();
            drawing.getAnchorOrInline().add(inline);
            R run = WML.createR();
            run.getContent().add(WML.createRDrawing(drawing));
            P paragraph = WML.createP();
            paragraph.setPPr(WordBlocks.centred());
            paragraph.getContent().add(run);
            if (!picture.caption().isEmpty()) {
                paragraph.getContent().add(WordBlocks.italic(WordBlocks.run("\n" + picture.caption())));
            }
            return paragraph;
        } catch (Exception e) {
            throw new IllegalStateException("could not draw the picture " + picture.caption(), e);
        }
    }
}
