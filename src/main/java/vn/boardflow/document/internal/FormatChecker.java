package vn.boardflow.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentTemplates;
import vn.boardflow.document.FormatCheck;
import vn.boardflow.document.FormatProfile;

@Component
class FormatChecker implements FormatCheck {

    private static final Pattern NUMBER_LINE = Pattern.compile("^Số:\\s*(.*)$");
    private static final Pattern STATE_NUMBER = Pattern.compile("^\\d{2,}/\\S+$");
    private static final Pattern UNION_NUMBER = Pattern.compile("^\\d{2,}-\\S+/\\S+$");
    private static final Pattern DRAFT_NUMBER = Pattern.compile("^[/-]\\S+$");
    private static final Pattern DATE_LINE = Pattern.compile("^.+, ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})$");
    private static final Pattern MOTTO = Pattern.compile("^Độc lập\\s*[-–—]\\s*Tự do\\s*[-–—]\\s*Hạnh phúc$");

    @Override
    public List<Finding> check(byte[] docx, FormatProfile profile, boolean draft) {
        // a file from anywhere passes the upload guards (size, zip bomb, DOCTYPE) before a parser reads it
        List<String> lines = DocxLines.read(TemplateCheck.unpack(docx, DocumentTemplates.MAX_UPLOAD_BYTES));
        List<Finding> findings = new ArrayList<>();
        checkHeading(lines, profile, findings);
        checkNumber(lines, profile, draft, findings);
        checkDateLine(lines, findings);
        checkLegalBases(lines, findings);
        checkRecipients(lines, profile, findings);
        return findings;
    }

    private static void checkHeading(List<String> lines, FormatProfile profile, List<Finding> findings) {
        if (!lines.contains(profile.title())) {
            findings.add(new Finding(profile == FormatProfile.YOUTH_UNION ? "formatCheck.unionTitleMissing"
                    : "formatCheck.nationalTitleMissing", ""));
        }
        if (profile == FormatProfile.YOUTH_UNION) {
            return;
        }
        lines.stream().filter(line -> MOTTO.matcher(line).matches()).findFirst().ifPresentOrElse(motto -> {
            if (!motto.equals(WordDocumentRenderer.STATE_MOTTO)) {
                findings.add(new Finding("formatCheck.mottoDashes", motto));
            }
        }, () -> findings.add(new Finding("formatCheck.mottoMissing", "")));
    }

    private static void checkNumber(List<String> lines, FormatProfile profile, boolean draft, List<Finding> findings) {
        String numberLine = lines.stream().filter(line -> NUMBER_LINE.matcher(line).matches()).findFirst().orElse(null);
        if (numberLine == null) {
            findings.add(new Finding("formatCheck.numberMissing", ""));
            return;
        }
        Matcher matcher = NUMBER_LINE.matcher(numberLine);
        matcher.matches();
        String symbol = matcher.group(1).strip();
        boolean wellFormed = (profile == FormatProfile.STATE ? STATE_NUMBER : UNION_NUMBER).matcher(symbol).matches()
                || (draft && DRAFT_NUMBER.matcher(symbol).matches());
        if (!wellFormed) {
            findings.add(new Finding(symbol.matches("^\\d+\\s+[/-].*") ? "formatCheck.numberSpacing"
                    : "formatCheck.numberMalformed", numberLine));
        }
    }

    /** Days below 10 and the months January and February take a leading zero; the other months do not. */
    private static void checkDateLine(List<String> lines, List<Finding> findings) {
        String dateLine = lines.stream().filter(line -> DATE_LINE.matcher(line).matches()).findFirst().orElse(null);
        if (dateLine == null) {
            findings.add(new Finding("formatCheck.dateLineMissing", ""));
            return;
        }
        Matcher matcher = DATE_LINE.matcher(dateLine);
        matcher.matches();
        String day = matcher.group(1);
        String month = matcher.group(2);
        int monthValue = Integer.parseInt(month);
        boolean dayRight = day.length() == 2;
        boolean monthRight = monthValue < 3 ? month.length() == 2 : month.equals(String.valueOf(monthValue));
        if (!dayRight || !monthRight) {
            findings.add(new Finding("formatCheck.datePadding", dateLine));
        }
    }

    private static void checkLegalBases(List<String> lines, List<Finding> findings) {
        List<String> bases = lines.stream().filter(line -> line.startsWith("Căn cứ")).toList();
        for (int i = 0; i < bases.size(); i++) {
            String ending = i == bases.size() - 1 ? "." : ";";
            if (!bases.get(i).endsWith(ending)) {
                findings.add(new Finding(ending.equals(".") ? "formatCheck.lastBasisEnding" : "formatCheck.basisEnding",
                        bases.get(i)));
            }
        }
    }

    private static void checkRecipients(List<String> lines, FormatProfile profile, List<Finding> findings) {
        int label = lines.indexOf("Nơi nhận:");
        if (label < 0) {
            findings.add(new Finding("formatCheck.recipientsMissing", ""));
            return;
        }
        List<String> recipients = new ArrayList<>();
        for (int i = label + 1; i < lines.size() && lines.get(i).startsWith("-"); i++) {
            recipients.add(lines.get(i));
        }
        if (recipients.isEmpty()) {
            findings.add(new Finding("formatCheck.recipientsMissing", ""));
            return;
        }
        for (int i = 0; i < recipients.size() - 1; i++) {
            if (!recipients.get(i).endsWith(";")) {
                findings.add(new Finding("formatCheck.recipientEnding", recipients.get(i)));
            }
        }
        String last = recipients.getLast();
        if (!last.startsWith("- " + profile.filedCopies(List.of(profile.recordsOffice()))) || !last.endsWith(".")) {
            findings.add(new Finding(profile == FormatProfile.YOUTH_UNION ? "formatCheck.unionFiledCopyLine"
                    : "formatCheck.filedCopyLine", last));
        }
    }
}
