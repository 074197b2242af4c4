package vn.boardflow.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Everything printed on an official document, in the order of Nghị định 30's layout.
 *
 * @param symbol      the number and symbol after "Số:", or {@code null} for a draft, which prints the
 *                    number's place empty ("Số:      /KH-BTC.ĐACN")
 * @param draftingUnit abbreviation of the drafting unit, which công văn and Youth Union symbols name
 * @param addressee   the "Kính gửi" line of reports, submissions and công văn, or {@code null}
 * @param legalBases  "Căn cứ …" lines without their closing punctuation, which the renderer adds
 * @param closing     the concluding paragraph before the signature, or {@code null}
 * @param recipients  the "Nơi nhận" lines without their leading dash and closing punctuation
 * @param countersignature the second signature of minutes, or {@code null}
 * @param annexes     what is issued with it and printed after it, each paged on its own
 */
public record DocumentContent(IssuingBodyView body, DocumentType type, String symbol, String draftingUnit,
                              LocalDate date, String summary, String addressee, List<String> legalBases, String preamble, List<Block> blocks,
                              String closing, SigningAuthority authority, String signerName, List<String> recipients,
                              Countersignature countersignature, List<Annex> annexes) {

    /** Documents issued before annexes were stored read back with none. */
    public DocumentContent {
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
    }

    /** A document with its countersignature, and nothing annexed. */
    public DocumentContent(IssuingBodyView body, DocumentType type, String symbol, String draftingUnit, LocalDate date,
                           String summary, String addressee, List<String> legalBases, String preamble,
                           List<Block> blocks, String closing, SigningAuthority authority, String signerName,
                           List<String> recipients, Countersignature countersignature) {
        this(body, type, symbol, draftingUnit, date, summary, addressee, legalBases, preamble, blocks, closing,
                authority, signerName, recipients, countersignature, List.of());
    }

    /** A document with one signature. */
    public DocumentContent(IssuingBodyView body, DocumentType type, String symbol, String draftingUnit, LocalDate date,
                           String summary, String addressee, List<String> legalBases, String preamble,
                           List<Block> blocks, String closing, SigningAuthority authority, String signerName,
                           List<String> recipients) {
        this(body, type, symbol, draftingUnit, date, summary, addressee, legalBases, preamble, blocks, closing,
                authority, signerName, recipients, null);
    }

    /** The draft as issued: its number and symbol given, its summary as the register keeps it. */
    public DocumentContent numbered(String symbol, String registeredSummary) {
        return new DocumentContent(body, type, symbol, draftingUnit, date, registeredSummary, addressee, legalBases,
                preamble, blocks, closing, authority, signerName, recipients, countersignature, annexes);
    }

    /**
     * A phụ lục, or a document issued with this one ("CHƯƠNG TRÌNH …", "QUY CHẾ …", ban hành kèm theo Quyết
     * định này): printed after it, on a page of its own, under its heading and title, with the line that ties it
     * to this document's number and date.
     *
     * @param heading "PHỤ LỤC" (numbered I, II… when there are several), or the name of the document it is
     * @param title   what it is about, printed in capitals under the heading; may be empty
     */
    public record Annex(String heading, String title, List<Block> blocks) {

        public static final String PHU_LUC = "PHỤ LỤC";

        public Annex {
            heading = heading == null || heading.isBlank() ? PHU_LUC
                    : heading.strip().toUpperCase(Locale.forLanguageTag("vi"));
            title = title == null ? "" : title.strip();
            blocks = blocks == null ? List.of() : List.copyOf(blocks);
        }

        public boolean phuLuc() {
            return heading.equals(PHU_LUC);
        }
    }

    /**
     * A piece of the document's body. Stored with its kind by name ({@code "kind": "Article"}), so an issued
     * document's content and a draft's read back as the blocks they were.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(Part.class), @JsonSubTypes.Type(Section.class), @JsonSubTypes.Type(Point.class),
            @JsonSubTypes.Type(Bullet.class), @JsonSubTypes.Type(Paragraph.class), @JsonSubTypes.Type(Table.class),
            @JsonSubTypes.Type(Heading.class), @JsonSubTypes.Type(Article.class), @JsonSubTypes.Type(Picture.class)})
    public sealed interface Block permits Part, Section, Point, Bullet, Paragraph, Table, Heading, Article, Picture {
    }

    /** A centred bold line of its own: "QUYẾT ĐỊNH:" between a decision's legal bases and its articles. */
    public record Heading(String text) implements Block {
    }

    /** An article of a decision, its number in bold: "Điều 1. Ban hành kèm theo Quyết định này …". */
    public record Article(String number, String text) implements Block {
    }

    /** A part headed by a Roman numeral: "I. MỤC TIÊU CỤ THỂ". The numeral is given, so parts may be skipped. */
    public record Part(String numeral, String title) implements Block {
    }

    /** A numbered section: "1. Ban tổ chức Đề án Thành phố." */
    public record Section(String number, String title) implements Block {
    }

    /** A lettered point: "a) …". */
    public record Point(String letter, String text) implements Block {
    }

    /** A dash item: "- Tiếp tục hỗ trợ, duy trì …". */
    public record Bullet(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A table whose rows repeat: a header row, then one row per item; cells are plain text. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    /**
     * A picture drawn for the document, a chart of a report, printed across the text's width with its caption
     * centred below. Its PNG is kept in the content, so each version and the issued document print the picture
     * they were written with.
     */
    public record Picture(String caption, byte[] png) implements Block {

        /** Large enough for a chart across an A4 page at print resolution, small enough to keep in every version. */
        public static final int MAX_BYTES = 120_000;
        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

        public Picture {
            caption = caption == null ? "" : caption.strip();
            if (png == null || png.length > MAX_BYTES
                    || !Arrays.equals(Arrays.copyOf(png, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
                throw new IllegalArgumentException("a picture is a PNG of at most " + MAX_BYTES + " bytes");
            }
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Picture picture && caption.equals(picture.caption) && Arrays.equals(png, picture.png);
        }

        @Override
        public int hashCode() {
            return 31 * caption.hashCode() + Arrays.hashCode(png);
        }

        @Override
        public String toString() {
            return "Picture[" + caption + ", " + png.length + " bytes]";
        }
    }
}
