package vn.boardflow.fund.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.bench.Latencies;
import vn.boardflow.bench.OnPostgres;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftRouteSteps;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementFiles;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementPapers;
import vn.boardflow.fund.SettlementReview;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.SettlementStep;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Settlements.OpenDossier;
import vn.boardflow.fund.Voucher;
import vn.boardflow.fund.WardFunds;
import vn.boardflow.fund.YearEndReports;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.StoredJson;

/**
 * A province's year of funds on PostgreSQL: one board's budget of 10 lines shared out to 200 wards and decided, and
 * a settled dossier of 20 vouchers for every other ward and line (1,990 dossiers, 39,800 vouchers and invoices,
 * written straight to the tables as the year would have left them). Then p50 and p95 on one thread, through the
 * services as their users call them, of: sending a dossier of 20 vouchers with their scans (its checks, the lock on
 * the budget, the invoices, the process started), its page (checks included), the Bảng kê rendered, the
 * reviewer's queue, the ward's funds, and the budget's year-end figures (every dossier's amounts counted line by
 * line and ward by ward) and their workbook. Prints the figures and writes {@code target/bench/funds.json}.
 */
public final class FundBenchmark {

    static final int WARDS = 200;
    static final int LINES = 10;
    static final int VOUCHERS = 20;
    static final int WARM_UP = Integer.getInteger("bench.warmup", 10);
    static final int MEASURED = Integer.getInteger("bench.measured", 100);
    static final int YEAR = 2026;

    private FundBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        OnPostgres.run(FundBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        long started = System.nanoTime();
        PlanningBoard board = PlanningBoard.withWards(context, WARDS);
        String accountant = board.another(context, Role.ACCOUNTANT, "Kế toán");
        BudgetId budgetId = decided(context, board, accountant);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        int settled = settledYear(jdbc, board, budgetId);
        double generatedSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "funds: %d wards × %d lines, %d settled dossiers of %d vouchers in %.0f s%n",
                WARDS, LINES, settled, VOUCHERS, generatedSeconds);

        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        Settlements settlements = context.getBean(Settlements.class);
        SettlementFiles files = context.getBean(SettlementFiles.class);
        byte[] photo = EvidenceSamples.smallPhoto();
        Logins.as(userDetails, board.wardOfficer());
        SettlementId[] ready = new SettlementId[1];
        int[] round = {0};
        Map<String, Latencies> measured = new LinkedHashMap<>();
        measured.put("submitDossierOf20Vouchers", Latencies.of(WARM_UP, MEASURED, () -> {
            int number = ++round[0];
            int line = 1 + number % LINES;
            ready[0] = settlements.open(new OpenDossier(budgetId, line, board.wards().getFirst(), "Hồ sơ " + number));
            List<Voucher> vouchers = new ArrayList<>();
            for (int v = 1; v <= VOUCHERS; v++) {
                vouchers.add(new Voucher(0, v + "/PC", LocalDate.of(YEAR, 1 + v % 12, 1 + v), "B" + number + "-" + v,
                        "Chi hoạt động " + v, "6651", Money.of(10_000), null, null));
            }
            settlements.save(ready[0], settlements.find(ready[0]).orElseThrow().version(),
                    new SettlementContent("Hồ sơ " + number, null, null, Money.of(10_000L * VOUCHERS), vouchers));
            for (int v = 1; v <= VOUCHERS; v++) {
                files.attach(ready[0], v, "chung-tu.jpg", photo);
            }
        }, () -> settlements.submit(ready[0], settlements.find(ready[0]).orElseThrow().version())));
        SettlementId last = ready[0];
        measured.put("dossierPage", Latencies.of(WARM_UP, MEASURED, () -> settlements.find(last).orElseThrow()));
        SettlementPapers papers = context.getBean(SettlementPapers.class);
        measured.put("renderVoucherList", Latencies.of(WARM_UP, MEASURED, () -> papers.voucherList(last)));
        WardFunds funds = context.getBean(WardFunds.class);
        measured.put("wardFunds", Latencies.of(WARM_UP, MEASURED, funds::mine));
        Logins.as(userDetails, board.reviewer());
        SettlementReview review = context.getBean(SettlementReview.class);
        int waiting = review.queue().size();
        measured.put("reviewersQueue", Latencies.of(WARM_UP, MEASURED, review::queue));
        Logins.as(userDetails, accountant);
        YearEndReports yearEnd = context.getBean(YearEndReports.class);
        measured.put("yearEndFigures", Latencies.of(WARM_UP, MEASURED, () -> yearEnd.of(budgetId)));
        measured.put("yearEndWorkbook", Latencies.of(WARM_UP, MEASURED, () -> yearEnd.spreadsheet(budgetId)));
        Logins.out();

        StringBuilder json = new StringBuilder(String.format(Locale.ROOT, """
                {"database": "%s", "wards": %d, "lines": %d, "settledDossiers": %d, "vouchersPerDossier": %d, \
                "queueLength": %d, "generatedSeconds": %.0f, "warmUp": %d, "measured": %d""",
                jdbc.queryForObject("select version()", String.class).split(",")[0], WARDS, LINES, settled, VOUCHERS,
                waiting, generatedSeconds, WARM_UP, MEASURED));
        System.out.println("funds, p50 / p95 ms:");
        measured.forEach((name, latencies) -> {
            json.append(String.format(Locale.ROOT, ", \"%s\": {\"p50Ms\": %.1f, \"p95Ms\": %.1f}", name,
                    latencies.p50Ms(), latencies.p95Ms()));
            System.out.printf(Locale.ROOT, "  %-26s %7.1f / %7.1f%n", name, latencies.p50Ms(), latencies.p95Ms());
        });
        json.append("}\n");
        Path out = Path.of("target", "bench", "funds.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.toString());
        System.out.println("written to " + out);
    }

    /** Ten lines of 10.000.000 đ a ward, decided through the document route. */
    private static BudgetId decided(ConfigurableApplicationContext context, PlanningBoard board, String accountant) {
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        Budgets budgets = context.getBean(Budgets.class);
        DocumentDrafts drafts = context.getBean(DocumentDrafts.class);
        DraftApproval approval = context.getBean(DraftApproval.class);
        Logins.as(userDetails, accountant);
        BudgetId id = budgets.create(board.bodyId(), YEAR);
        Map<Long, Money> shares = new HashMap<>();
        board.wards().forEach(ward -> shares.put(ward.value(), Money.of(10_000_000)));
        List<BudgetLine> lines = new ArrayList<>();
        for (int line = 1; line <= LINES; line++) {
            lines.add(new BudgetLine("Hoạt động " + line, "6651", Money.of(10_000_000L * WARDS), null, shares));
        }
        budgets.save(id, budgets.find(id).orElseThrow().version(), new BudgetContent(lines));
        DraftId draft = budgets.draftDecision(id);
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        DraftRouteSteps.agreedSignedAndIssued(context, draft, board.reviewer(), board.leader(), board.clerk(),
                LocalDate.of(YEAR, 1, 10));
        return id;
    }

    /** A closed dossier of 20 vouchers, 100.000 đ each, for every ward but the first on every line. */
    private static int settledYear(JdbcTemplate jdbc, PlanningBoard board, BudgetId budgetId) {
        Map<String, Object> budget = jdbc.queryForMap("select issuing_body_id, unit_id from budget where id = ?",
                budgetId.value());
        Instant at = Instant.parse(YEAR + "-06-30T03:00:00Z");
        String trail = StoredJson.write(new DossierTrail(List.of(new SettlementStep(
                SettlementStep.Action.CLOSED, SettlementStatus.CLOSED, "system", "Hệ thống", null, at, null, Map.of(),
                null))));
        int count = 0;
        for (int w = 1; w < board.wards().size(); w++) {
            long ward = board.wards().get(w).value();
            List<Object[]> invoices = new ArrayList<>();
            for (int line = 1; line <= LINES; line++) {
                List<Voucher> vouchers = new ArrayList<>();
                for (int v = 1; v <= VOUCHERS; v++) {
                    vouchers.add(new Voucher(v, v + "/PC", LocalDate.of(YEAR, 1 + v % 12, 1 + v % 28),
                            "S" + ward + "-" + line + "-" + v, "Chi hoạt động " + v, "6651", Money.of(100_000), null,
                            null));
                }
                Long id = jdbc.queryForObject("""
                        insert into settlement_dossier (budget_id, line_key, issuing_body_id, body_unit_id, ward_unit_id,
                          budget_year, title, requested_amount, vouchers_json, trail_json, status, approved_amount,
                          approved_by, approved_at, submitted_by, submitted_at, created_by, created_at, updated_by,
                          updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLOSED', ?, 'system', ?, 'system', ?, 'system', ?,
                          'system', ?) returning id""", Long.class, budgetId.value(), line,
                        budget.get("issuing_body_id"), budget.get("unit_id"), ward, YEAR, "Hoạt động " + line,
                        2_000_000L, StoredJson.write(new WrittenDossier.Vouchers(vouchers)), trail, 2_000_000L,
                        Timestamp.from(at), Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
                for (Voucher voucher : vouchers) {
                    invoices.add(new Object[] {budget.get("unit_id"), SettlementChecks.invoiceKey(
                            voucher.invoiceNumber()), id, voucher.no()});
                }
                count++;
            }
            jdbc.batchUpdate("insert into settlement_invoice (body_unit_id, invoice_key, dossier_id, voucher_no)"
                    + " values (?, ?, ?, ?)", invoices);
        }
        jdbc.execute("analyze settlement_dossier");
        jdbc.execute("analyze settlement_invoice");
        return count;
    }
}
