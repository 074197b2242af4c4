package vn.boardflow.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.bench.OnPostgres;
import vn.boardflow.bench.Workers;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanDrafting.NewPlan;

/**
 * Full round trips of annual plans along the document route, through the services on PostgreSQL with 8 concurrent
 * workers: create (the plan, its draft rendered with the ward tables, and the route's process), submit (the plan's
 * own checks), review, sign off (the format check on the version signed) and issue (number from the register, Word
 * file rendered and checked as issued). Each worker drafts for its own board, one plan a year. In the same run the
 * route's own process is driven straight through Flowable, without the application, as the yardstick (and, for
 * scale, a process of four bare user tasks in a row).
 * Prints instances per second, the p95 of each step and the ratio; writes {@code target/bench/plan-approval.json}.
 */
public final class PlanApprovalBenchmark {

    static final int WORKERS = Integer.getInteger("bench.workers", 8);
    static final int EACH = Integer.getInteger("bench.plansEach", 20);
    static final int WARM_UP_EACH = Integer.getInteger("bench.warmupEach", 5);

    enum Step { CREATE, SUBMIT, REVIEW, SIGN_OFF, ISSUE }

    private PlanApprovalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        OnPostgres.run(PlanApprovalBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        List<PlanningBoard> boards = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            boards.add(PlanningBoard.create(context));
        }
        Map<Step, List<Long>> warmUpTimes = timings();
        roundTrips(context, boards, 2000, WARM_UP_EACH, warmUpTimes);
        Map<Step, List<Long>> times = timings();
        double plansPerSecond = roundTrips(context, boards, 2000 + WARM_UP_EACH, EACH, times);

        RuntimeService runtime = context.getBean(RuntimeService.class);
        TaskService tasks = context.getBean(TaskService.class);
        Runnable fourTasks = () -> {
            String id = runtime.startProcessInstanceByKey("bareDocumentRoute").getId();
            for (int step = 0; step < 4; step++) {
                tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
            }
        };
        Workers.perSecond(WORKERS, WARM_UP_EACH, worker -> { }, worker -> fourTasks.run());
        double fourTasksPerSecond = Workers.perSecond(WORKERS, EACH, worker -> { }, worker -> fourTasks.run());
        Workers.perSecond(WORKERS, WARM_UP_EACH, worker -> { }, worker -> bareRoute(runtime, tasks, boards.get(worker)));
        double barePerSecond = Workers.perSecond(WORKERS, EACH, worker -> { },
                worker -> bareRoute(runtime, tasks, boards.get(worker)));

        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        StringBuilder p95s = new StringBuilder();
        StringBuilder printed = new StringBuilder();
        for (Step step : Step.values()) {
            double p95 = percentile(times.get(step), 0.95);
            p95s.append(String.format(Locale.ROOT, "\"%s\": %.1f, ", step.name().toLowerCase(Locale.ROOT), p95));
            printed.append(String.format(Locale.ROOT, " %s %.1f ms;", step.name().toLowerCase(Locale.ROOT), p95));
        }
        String figures = String.format(Locale.ROOT, """
                {"database": "%s", "workers": %d, "plans": %d, "plansPerSecond": %.2f, "p95Ms": {%s}, \
                "bareRouteProcessesPerSecond": %.2f, "ratio": %.2f, \
                "bareFourTaskProcessesPerSecond": %.2f, "ratioToFourTasks": %.2f}
                """, jdbc.queryForObject("select version()", String.class).split(",")[0], WORKERS, WORKERS * EACH,
                plansPerSecond, p95s.substring(0, p95s.length() - 2), barePerSecond, plansPerSecond / barePerSecond,
                fourTasksPerSecond, plansPerSecond / fourTasksPerSecond);
        System.out.printf(Locale.ROOT, "plan approval, %d workers: %.2f plans/s (create to issued); p95:%s "
                        + "the route's process driven bare: %.2f/s, ratio %.2f; four bare tasks: %.2f/s, ratio %.2f%n",
                WORKERS, plansPerSecond, printed, barePerSecond, plansPerSecond / barePerSecond, fourTasksPerSecond,
                plansPerSecond / fourTasksPerSecond);
        Path out = Path.of("target", "bench", "plan-approval.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);
        System.out.println("written to " + out);
    }

    /**
     * The route's own process ({@code documentApproval}, its timers, messages and candidate groups included) driven
     * straight through Flowable with nothing of the application around it: the yardstick of the ratio.
     */
    private static void bareRoute(RuntimeService runtime, TaskService tasks, PlanningBoard board) {
        String id = runtime.startProcessInstanceByKey("documentApproval", Map.of("draftId", 1L, "draftScreen", "drafts/1",
                "unitId", board.unitId().value(), "initiator", board.drafter())).getId();
        List<Map<String, Object>> outcomes = List.of(Map.of("outcome", "submit", "reviewSteps", 1, "leaderSigns", true),
                Map.of("outcome", "approve"), Map.of("outcome", "approve"), Map.of("outcome", "approve"));
        for (Map<String, Object> outcome : outcomes) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId(), outcome);
        }
    }

    /** Each worker takes its board's plans from draft to issued for {@code each} years from {@code firstYear}. */
    private static double roundTrips(ConfigurableApplicationContext context, List<PlanningBoard> boards, int firstYear,
                                     int each, Map<Step, List<Long>> times) throws Exception {
        AnnualPlans plans = context.getBean(AnnualPlans.class);
        PlanDrafting drafting = context.getBean(PlanDrafting.class);
        DocumentDrafts drafts = context.getBean(DocumentDrafts.class);
        DraftApproval approval = context.getBean(DraftApproval.class);
        Map<String, SecurityContext> signedIn = signIn(context, boards);
        Map<Integer, Integer> done = Collections.synchronizedMap(new HashMap<>());
        return Workers.perSecond(boards.size(), each, worker -> { }, worker -> {
            PlanningBoard board = boards.get(worker);
            int year = firstYear + done.merge(worker, 1, Integer::sum) - 1;
            SecurityContextHolder.setContext(signedIn.get(board.drafter()));
            PlanId id = time(times, Step.CREATE, () -> drafting.create(new NewPlan(board.bodyId(), year, false)));
            PlanView plan = plans.find(id).orElseThrow();
            drafting.save(id, plan.version(), content(plan.content(), board));
            DraftView draft = drafts.find(plan.draftId()).orElseThrow();
            time(times, Step.SUBMIT, () -> approval.submit(draft.id(), draft.version()));
            SecurityContextHolder.setContext(signedIn.get(board.reviewer()));
            time(times, Step.REVIEW, () -> approval.approve(draft.id(), "Đồng ý"));
            SecurityContextHolder.setContext(signedIn.get(board.leader()));
            time(times, Step.SIGN_OFF, () -> approval.signOff(draft.id(), draft.revision(), null));
            SecurityContextHolder.setContext(signedIn.get(board.clerk()));
            time(times, Step.ISSUE, () -> approval.issue(draft.id(), LocalDate.of(year, 1, 5)));
            SecurityContextHolder.clearContext();
        });
    }

    /** Each board's people signed in once, so the round trips measure the services, not the sign-in. */
    private static Map<String, SecurityContext> signIn(ConfigurableApplicationContext context, List<PlanningBoard> boards) {
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        Map<String, SecurityContext> signedIn = new HashMap<>();
        for (PlanningBoard board : boards) {
            for (String username : List.of(board.drafter(), board.reviewer(), board.leader(), board.clerk())) {
                Logins.as(userDetails, username);
                signedIn.put(username, SecurityContextHolder.getContext());
            }
        }
        SecurityContextHolder.clearContext();
        return signedIn;
    }

    static PlanContent content(PlanContent draft, PlanningBoard board) {
        List<TargetLine> targets = draft.targets().stream().map(line -> {
            Map<Long, Long> shares = new HashMap<>();
            if (line.allocated()) {
                board.wards().forEach(ward -> shares.put(ward.value(), 10L));
            }
            return new TargetLine(line.indicatorId(), line.indicator(), line.unitOfMeasure(), line.allocated(),
                    line.allocated() ? 10L * board.wards().size() : 1, shares);
        }).toList();
        return new PlanContent("Đề án “Đoàn kết, tập hợp thanh niên công nhân”", draft.summary(),
                List.of("Căn cứ quyết định số 1431/QĐ-UBND ngày 01/6/2016 của Ủy ban nhân dân tỉnh Bình Dương"),
                "", List.of(), targets, List.of(new PlanSection("Hỗ trợ, duy trì và phát triển các chi đoàn, chi hội:",
                List.of("Tiếp tục hỗ trợ duy trì và phát triển theo nội dung của Đề án."))),
                List.of(new PlanSection("Ban tổ chức Đề án Thành phố.", List.of("Tổng hợp kết quả hàng tháng."))), "",
                draft.signingForm(), "Trưởng ban", List.of(Recipient.outside("Ban Chỉ đạo Đề án Tỉnh")));
    }

    private static <T> T time(Map<Step, List<Long>> times, Step step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        times.get(step).add(System.nanoTime() - start);
        return result;
    }

    private static void time(Map<Step, List<Long>> times, Step step, Runnable work) {
        time(times, step, () -> {
            work.run();
            return null;
        });
    }

    private static Map<Step, List<Long>> timings() {
        Map<Step, List<Long>> times = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            times.put(step, Collections.synchronizedList(new ArrayList<>()));
        }
        return times;
    }

    private static double percentile(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
