package org.peerchallengehub;

import org.peerchallengehub.knowledge.ReportParserCli;
import org.peerchallengehub.risk.RiskBacktestCommand;
import org.peerchallengehub.shared.database.DatabaseCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

/**
 * Peer Challenge Hub: one system for the sector-led improvement of English councils.
 *
 * <p>Started with no arguments it serves the web application. Command-line verbs run a task and
 * exit: {@code parse-report FILE} prints a report as format-v1 JSON without the web server or the
 * database; {@code generate-history} loads a synthetic programme history into the configured database
 * (see {@code challenges.HistoryGenerator}) without the web server; {@code backup FILE} and {@code restore
 * FILE} write the whole database to a file and back (see {@code shared.database.DatabaseCommands});
 * {@code risk-backtest --as-of DATE} prints every council's early-warning score as known on that date as CSV
 * (see {@code risk.RiskBacktestCommand}).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class PeerChallengeHubApplication {

    public static void main(String[] args) {
        if (DatabaseCommands.handles(args)) {
            // backup FILE / restore FILE: the database only, no web server.
            System.exit(DatabaseCommands.run(args, System.getenv(), System.out, System.err));
        }
        if (ReportParserCli.handles(args)) {
            // A command-line verb: no web server, no database.
            System.exit(ReportParserCli.run(args, System.out, System.err));
        }
        if (RiskBacktestCommand.handles(args)) {
            // risk-backtest --as-of DATE: the database without the web server; CSV on standard output.
            System.exit(RiskBacktestCommand.run(args, PeerChallengeHubApplication.class, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(PeerChallengeHubApplication.class);
        boolean task = args.length > 0 && args[0].equals("generate-history");
        if (task) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (task) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
