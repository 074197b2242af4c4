package vn.boardflow.document.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.boardflow.bench.Latencies;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.Seed004Plan;

/**
 * The preview a drafter sees at every save, for a document of ten pages: the seed-004 plan (five pages) with its
 * body annexed to it once more as a programme. Timed with the rendering benchmark's helper on one thread: the Word
 * file rendered from the content and read by the format check (what the save waits for), and that with the HTML
 * the page shows besides. Prints the figures, writes {@code target/bench/preview.json} and the document itself as
 * {@code target/bench/preview-10-pages.docx}, for counting its pages.
 */
public final class PreviewBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    static final int MEASURED = Integer.getInteger("bench.documents", 500);

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WordDocumentRenderer renderer = new WordDocumentRenderer();
        FormatChecker checker = new FormatChecker();
        WordAsHtml html = new WordAsHtml();
        DocumentContent document = tenPages();
        byte[] template = TemplateLibrary.shipped(document.type());
        Runnable checked = () -> checker.check(renderer.render(template, document), document.body().profile(), true);
        Latencies preview = Latencies.of(WARM_UP, MEASURED, checked);
        Latencies onScreen = Latencies.of(WARM_UP, MEASURED, () -> {
            byte[] rendered = renderer.render(template, document);
            checker.check(rendered, document.body().profile(), true);
            html.of(rendered);
        });
        String figures = String.format(Locale.ROOT, """
                {"document": "seed-004 plan with its body annexed again (KH, 10 pages)", \
                "renderAndCheckP50Ms": %.2f, "renderAndCheckP95Ms": %.2f, \
                "withHtmlP50Ms": %.2f, "withHtmlP95Ms": %.2f, "goalP95Ms": 100}
                """, preview.p50Ms(), preview.p95Ms(), onScreen.p50Ms(), onScreen.p95Ms());
        System.out.printf(Locale.ROOT, "preview of a 10-page plan: render and check p50 %.2f ms, p95 %.2f ms; "
                + "with the page's HTML p50 %.2f ms, p95 %.2f ms%n", preview.p50Ms(), preview.p95Ms(),
                onScreen.p50Ms(), onScreen.p95Ms());
        Path out = Path.of("target", "bench", "preview.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);
        Files.write(out.resolveSibling("preview-10-pages.docx"), renderer.render(template, document));
        System.out.println("written to " + out);
    }

    /** The seed plan, and its parts again as the programme issued with it. */
    static DocumentContent tenPages() {
        DocumentContent plan = Seed004Plan.content("01/KH-BTC.ĐACN");
        List<Block> programme = new ArrayList<>(plan.blocks());
        return new DocumentContent(plan.body(), plan.type(), plan.symbol(), plan.draftingUnit(), plan.date(),
                plan.summary(), plan.addressee(), plan.legalBases(), plan.preamble(), plan.blocks(), plan.closing(),
                plan.authority(), plan.signerName(), plan.recipients(), null,
                List.of(new Annex("CHƯƠNG TRÌNH", "Hoạt động thực hiện Đề án năm 2018", programme)));
    }
}
