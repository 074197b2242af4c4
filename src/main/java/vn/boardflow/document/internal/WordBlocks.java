package vn.boardflow.document.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.docx4j.wml.Br;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Text;
import vn.boardflow.document.DocumentContent.Article;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Heading;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Picture;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Point;
import vn.boardflow.document.DocumentContent.Section;
import vn.boardflow.document.DocumentContent.Table;

/** A document's body as Word paragraphs and tables, in the templates' named styles. */
final class WordBlocks {

    /** Width of the text between the margins of the templates (A4 less 30 mm and 20 mm), for body tables. */
    static final int TEXT_WIDTH = 9071;
    private static final ObjectFactory WML = new ObjectFactory();

    private WordBlocks() {
    }

    static Object element(Block block, WordPictures pictures) {
        return switch (block) {
            case Part part -> paragraph("BFPart", part.numeral() + ". " + part.title());
            case Section section -> paragraph("BFSection", section.number() + ". " + section.title());
            case Point point -> paragraph("BFPoint", point.letter() + ") " + point.text());
            case Bullet bullet -> paragraph("BFBullet", "- " + bullet.text());
            case Paragraph text -> paragraph(null, text.text());
            case Table table -> WordTables.table(table, TEXT_WIDTH);
            case Heading heading -> heading(heading.text());
            case Article article -> article(article);
            case Picture picture -> pictures.paragraph(picture);
        };
    }

    /**
     * An annex on pages of its own: its heading ("PHỤ LỤC I") and title in bold capitals, the line that ties it
     * to the document in italics, then its blocks.
     */
    static List<Object> annex(String heading, String title, String reference, List<Block> blocks,
                              WordPictures pictures) {
        List<Object> paragraphs = new ArrayList<>();
        P first = heading(heading);
        first.getPPr().setPageBreakBefore(WML.createBooleanDefaultTrue());
        paragraphs.add(first);
        if (!title.isEmpty()) {
            paragraphs.add(heading(title.toUpperCase(Locale.forLanguageTag("vi"))));
        }
        P tie = heading(reference);
        tie.getContent().clear();
        tie.getContent().add(italic(run(reference)));
        tie.getPPr().getSpacing().setAfter(BigInteger.valueOf(240));
        paragraphs.add(tie);
        blocks.forEach(block -> paragraphs.add(element(block, pictures)));
        return paragraphs;
    }

    /**
     * Laid out here rather than by a template style, so an uploaded template without such a style still
     * prints a decision as one: centred, bold, kept with the article that follows.
     */
    private static P heading(String text) {
        P paragraph = WML.createP();
        PPr properties = centred();
        properties.setKeepNext(WML.createBooleanDefaultTrue());
        PPr.Spacing spacing = WML.createPPrBaseSpacing();
        spacing.setBefore(BigInteger.valueOf(120));
        properties.setSpacing(spacing);
        paragraph.setPPr(properties);
        paragraph.getContent().add(bold(run(text)));
        return paragraph;
    }

    /** Centred, without the body style's first-line indent. */
    static PPr centred() {
        PPr properties = WML.createPPr();
        PPr.Ind indent = WML.createPPrBaseInd();
        indent.setFirstLine(BigInteger.ZERO);
        properties.setInd(indent);
        Jc centre = WML.createJc();
        centre.setVal(JcEnumeration.CENTER);
        properties.setJc(centre);
        return properties;
    }

    /** "Điều 1." in bold, then the article's text in the body's type. */
    private static P article(Article article) {
        P paragraph = WML.createP();
        paragraph.getContent().add(bold(run("Điều " + article.number() + ".")));
        if (!article.text().isBlank()) {
            paragraph.getContent().add(run(" " + article.text()));
        }
        return paragraph;
    }

    private static R bold(R run) {
        RPr properties = WML.createRPr();
        properties.setB(WML.createBooleanDefaultTrue());
        properties.setBCs(WML.createBooleanDefaultTrue());
        run.setRPr(properties);
        return run;
    }

    static R italic(R run) {
        RPr properties = WML.createRPr();
        properties.setI(WML.createBooleanDefaultTrue());
        properties.setICs(WML.createBooleanDefaultTrue());
        run.setRPr(properties);
        return run;
    }

    static P paragraph(String style, String text) {
        P paragraph = WML.createP();
        if (style != null) {
            PPr properties = WML.createPPr();
            PPr.PStyle styleRef = WML.createPPrBasePStyle();
            styleRef.setVal(style);
            properties.setPStyle(styleRef);
            paragraph.setPPr(properties);
        }
        paragraph.getContent().add(run(text));
        return paragraph;
    }

    /** Line breaks in the text become line breaks in the run. */
    static R run(String text) {
        R run = WML.createR();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                Br lineBreak = WML.createBr();
                run.getContent().add(lineBreak);
            }
            Text piece = WML.createText();
            piece.setValue(lines[i]);
            piece.setSpace("preserve");
            run.getContent().add(WML.createRT(piece));
        }
        return run;
    }

}
