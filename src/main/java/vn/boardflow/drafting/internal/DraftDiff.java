package vn.boardflow.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.BodyText;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.shared.ContentChanges.Change;
import vn.boardflow.shared.ContentChanges;

/**
 * What changed between two versions of a draft: its fields, and its legal bases and body line by line, a table's
 * rows among them (a plan's targets for each ward are one).
 */
final class DraftDiff {

    private DraftDiff() {
    }

    /** Each annex as its heading and title on a line, then its blocks as typed. */
    private static List<String> annexLines(DraftContent content) {
        List<String> lines = new ArrayList<>();
        for (Annex annex : content.annexes()) {
            lines.add((annex.heading() + " " + annex.title()).strip());
            lines.addAll(bodyLines(annex.blocks()));
        }
        return lines;
    }

    /** The blocks as typed, and a table as its header and rows, a row a line with its cells apart. */
    private static List<String> bodyLines(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Table table) {
                lines.add(String.join(" | ", table.headers()).replace('\n', ' '));
                table.rows().forEach(row -> lines.add(String.join(" | ", row)));
            } else {
                lines.addAll(BodyText.lines(BodyText.write(List.of(block))));
            }
        }
        return lines;
    }

    static List<Change> between(DraftContent before, DraftContent after) {
        return ContentChanges.between(before, after)
                .field("draft.field.type", content -> content.type().title())
                .field("draft.field.summary", DraftContent::summary)
                .field("draft.field.addressee", DraftContent::addressee)
                .lines("draft.field.legalBases", DraftContent::legalBases)
                .field("draft.field.opening", DraftContent::opening)
                .lines("draft.field.body", content -> bodyLines(content.blocks()))
                .field("draft.field.closing", DraftContent::closing)
                .field("draft.field.signingForm", content -> content.signingForm().name())
                .field("draft.field.signer", DraftContent::signer)
                .lines("draft.field.recipients", content -> content.recipients().stream().map(Recipient::label).toList())
                .lines("draft.field.annexes", DraftDiff::annexLines)
                .list();
    }
}
