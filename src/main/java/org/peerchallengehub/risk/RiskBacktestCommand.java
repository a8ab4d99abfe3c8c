package org.peerchallengehub.risk;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.peerchallengehub.indicators.StartingDataset;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar peer-challenge-hub.jar risk-backtest --as-of YYYY-MM-DD [--evaluate]}: prints to standard
 * output the CSV {@code gss_code,council,score,level,top_signals}, one row per council that existed on the
 * date, highest score first, using only what the Hub knew on that date; {@code --evaluate} prints instead
 * where the councils that failed afterwards landed, against two single-indicator baselines. Starts the
 * database (the embedded one in {@code HUB_DATA_DIR}, or {@code SPRING_DATASOURCE_URL}) without the web
 * server; on a fresh data folder it first loads the register, the starting dataset of figures and the
 * outcome events. Log lines go to standard error, so standard output is the CSV alone. Exit 0, or 2 with
 * one line saying why.
 */
public final class RiskBacktestCommand {

    public static final String COMMAND = "risk-backtest";
    static final int OK = 0;
    static final int USAGE = 2;

    /**
     * Given to Spring as command-line properties (which win over the configuration files): the starting
     * dataset is loaded here, synchronously, not in the background after start-up; a backtest needs no
     * demonstration accounts or data.
     */
    static final String[] SPRING_ARGUMENTS = {"--hub.indicators.starting-dataset=never", "--hub.demo=false"};

    private RiskBacktestCommand() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** Runs the command with the application class as the Spring configuration; returns the exit code. */
    public static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
        LocalDate asOf = null;
        boolean evaluate = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--evaluate")) {
                evaluate = true;
            } else if (arg.startsWith("--as-of=")) {
                asOf = date(arg.substring("--as-of=".length()), err);
            } else if (arg.equals("--as-of") && i + 1 < args.length) {
                asOf = date(args[++i], err);
            } else {
                return usage(err);
            }
            if (asOf == LocalDate.MIN) {
                return USAGE;
            }
        }
        if (asOf == null) {
            return usage(err);
        }
        if (asOf.isAfter(LocalDate.now())) {
            err.println("risk-backtest: --as-of " + asOf
                    + " is in the future; the backtest looks from a day that has passed.");
            return USAGE;
        }
        // Spring's banner and log lines go to standard error: standard output carries the CSV alone.
        PrintStream stdout = System.out;
        System.setOut(err);
        try {
            SpringApplication spring = new SpringApplication(application);
            spring.setWebApplicationType(WebApplicationType.NONE);
            try (ConfigurableApplicationContext context = spring.run(SPRING_ARGUMENTS)) {
                context.getBean(StartingDataset.class).load();
                context.getBean(StartingEvents.class).load();
                Backtest.Result result = context.getBean(Backtests.class).run(asOf);
                String text = evaluate ? Backtests.evaluation(result) : Backtests.csv(result);
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return OK;
        } catch (java.io.IOException e) {
            err.println("risk-backtest: could not write the output (" + e.getMessage() + ").");
            return USAGE;
        } finally {
            System.setOut(stdout);
        }
    }

    private static LocalDate date(String text, PrintStream err) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            err.println("risk-backtest: --as-of " + text + " is not a date written as 2018-01-01.");
            return LocalDate.MIN;
        }
    }

    private static int usage(PrintStream err) {
        err.println("Usage: java -jar peer-challenge-hub.jar risk-backtest --as-of YYYY-MM-DD [--evaluate]");
        return USAGE;
    }
}
