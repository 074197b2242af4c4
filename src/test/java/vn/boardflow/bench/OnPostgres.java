package vn.boardflow.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.boardflow.Application;

/**
 * Runs a benchmark in the application started on PostgreSQL (the {@code DB_*} environment names the database) with
 * the demo organisation and no web port, and stops it afterwards.
 */
public final class OnPostgres {

    private OnPostgres() {
    }

    /** A benchmark's body, which may fail with anything. */
    public interface Benchmark {
        void run(ConfigurableApplicationContext context) throws Exception;
    }

    /** @param extraArgs further Spring arguments ("--spring.datasource.hikari.maximum-pool-size=8") */
    public static void run(Benchmark benchmark, String... extraArgs) throws Exception {
        String[] args = new String[4 + extraArgs.length];
        args[0] = "--spring.profiles.active=test,postgres";
        args[1] = "--server.port=0";
        args[2] = "--boardflow.demo-data=true";
        args[3] = "--logging.level.root=warn";
        System.arraycopy(extraArgs, 0, args, 4, extraArgs.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(args);
        try {
            benchmark.run(context);
        } finally {
            context.close();
        }
    }
}
