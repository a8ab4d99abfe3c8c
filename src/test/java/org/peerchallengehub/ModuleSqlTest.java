package org.peerchallengehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries in SQL (decision 0020): a module's SQL names only its own tables, and the
 * views other modules publish from their own migrations, of modules it may depend on.
 *
 * <p>Who owns a table or a view comes from the migration that creates it: {@code V<n>__<module>_<what>.sql}
 * (older migrations without the module in their name are listed in {@link #OWNER_OF_MIGRATION}). A
 * view is its module's published API; a table is not. The SQL of a module is every string literal and
 * text block in its main sources; a name counts as used where it follows {@code from}, {@code join},
 * {@code into}, {@code update}, {@code table} or {@code references}, or follows a comma in a {@code from}
 * list.
 */
class ModuleSqlTest {

    static final Path SOURCES = Path.of("src/main/java/org/peerchallengehub");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Migrations written before the rule "the module's name after the version"; new ones follow it. */
    static final Map<String, String> OWNER_OF_MIGRATION = Map.of(
            "V21__report_uploads.sql", "knowledge",
            "V22__finding_embeddings.sql", "knowledge",
            "V23__report_upload_claims.sql", "knowledge",
            "V24__report_search_facets.sql", "knowledge",
            "V28__report_import_facets.sql", "knowledge");

    static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    static final Pattern CREATE_VIEW =
            Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\s+(\\w+)");
    static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|table|references)\\s+(\\w+)");
    static final Pattern FROM_LIST = Pattern.compile("(?i)\\bfrom\\s+\\w+(?:\\s+(?:as\\s+)?\\w+)?((?:\\s*,\\s*\\w+)+)");

    record Relation(String name, String module, boolean view) {}

    record Violation(String module, String file, String name, String owner, String why) {
        @Override
        public String toString() {
            return module + ": " + file + " names " + name + " (" + owner + "'s) — " + why;
        }
    }

    static List<String> modules() {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module owning each migration, or a missing entry when it cannot be told. */
    static Map<String, String> migrationOwners(List<String> modules) {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String name = f.getFileName().toString();
                String rest = name.substring(name.indexOf("__") + 2, name.length() - 4);
                String first = rest.split("_")[0];
                String owner = modules.contains(first) ? first : OWNER_OF_MIGRATION.get(name);
                owners.put(name, owner);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    static Map<String, Relation> relations(List<String> modules) {
        Map<String, Relation> relations = new LinkedHashMap<>();
        migrationOwners(modules).forEach((file, owner) -> {
            if (owner == null) {
                return;
            }
            String sql = read(MIGRATIONS.resolve(file));
            for (Matcher m = CREATE_TABLE.matcher(sql); m.find(); ) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                relations.put(name, new Relation(name, owner, false));
            }
            for (Matcher m = CREATE_VIEW.matcher(sql); m.find(); ) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                relations.put(name, new Relation(name, owner, true));
            }
        });
        return relations;
    }

    static final Pattern ALLOWED =
            Pattern.compile("allowedDependencies\\s*=\\s*(?:\\{([^}]*)}|\"([^\"]*)\")", Pattern.DOTALL);

    /** The modules a module declares it may depend on, from its package-info; none when undeclared. */
    static Set<String> allowedDependencies(String module) {
        Path info = SOURCES.resolve(module).resolve("package-info.java");
        Set<String> allowed = new TreeSet<>();
        if (!Files.exists(info)) {
            return allowed;
        }
        Matcher m = ALLOWED.matcher(read(info));
        if (m.find()) {
            String list = m.group(1) != null ? m.group(1) : "\"" + m.group(2) + "\"";
            for (Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(list); q.find(); ) {
                allowed.add(q.group(1).split("::")[0].strip());
            }
        }
        return allowed;
    }

    /** The table and view names a Java source's SQL uses. */
    static Set<String> namesUsed(String source) {
        Set<String> names = new TreeSet<>();
        for (Matcher lit = LITERAL.matcher(source); lit.find(); ) {
            String text = lit.group(1) != null ? lit.group(1) : lit.group(2);
            for (Matcher m = NAMED.matcher(text); m.find(); ) {
                names.add(m.group(1).toLowerCase(Locale.ROOT));
            }
            for (Matcher m = FROM_LIST.matcher(text); m.find(); ) {
                for (String item : m.group(1).split(",")) {
                    if (!item.isBlank()) {
                        names.add(item.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    /** What is wrong with one module's source, given every table's and view's owner. */
    static List<Violation> check(
            String module, String file, String source, Map<String, Relation> relations, Set<String> allowed) {
        List<Violation> violations = new ArrayList<>();
        for (String name : namesUsed(source)) {
            Relation r = relations.get(name);
            if (r == null || r.module().equals(module)) {
                continue;
            }
            if (!r.view()) {
                violations.add(new Violation(
                        module,
                        file,
                        name,
                        r.module(),
                        "another module's table: ask its API or read a view it publishes"));
            } else if (!allowed.contains(r.module())) {
                violations.add(new Violation(
                        module,
                        file,
                        name,
                        r.module(),
                        "a view of a module that is not in allowedDependencies of package-info.java"));
            }
        }
        return violations;
    }

    @Test
    void every_migration_belongs_to_a_module() {
        List<String> modules = modules();
        assertThat(modules).contains("councils", "challenges", "knowledge", "shared");
        Map<String, String> owners = migrationOwners(modules);
        assertThat(owners).isNotEmpty();
        assertThat(owners.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey))
                .as("migrations must be named V<n>__<module>_<what>.sql")
                .isEmpty();
    }

    @Test
    void every_table_belongs_to_one_module() {
        Map<String, Relation> relations = relations(modules());
        assertThat(relations.keySet())
                .contains("council", "user_account", "challenge", "framework_component", "report_finding", "peer");
        assertThat(relations.get("user_account").module()).isEqualTo("identity");
        assertThat(relations.get("report_finding").module()).isEqualTo("knowledge");
    }

    @Test
    void a_modules_sql_names_only_its_own_tables_and_views_published_by_its_dependencies() throws IOException {
        List<String> modules = modules();
        Map<String, Relation> relations = relations(modules);
        List<Violation> violations = new ArrayList<>();
        int scanned = 0;
        for (String module : modules) {
            Set<String> allowed = allowedDependencies(module);
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = read(f);
                    scanned += namesUsed(source).size();
                    violations.addAll(check(module, SOURCES.relativize(f).toString(), source, relations, allowed));
                }
            }
        }
        assertThat(scanned).as("the scan found SQL to check").isGreaterThan(50);
        assertThat(violations).isEmpty();
    }

    @Test
    void every_allowed_dependency_is_used_in_java_or_in_sql() throws IOException {
        List<String> modules = modules();
        Map<String, Relation> relations = relations(modules);
        List<String> unused = new ArrayList<>();
        for (String module : modules) {
            Set<String> used = new TreeSet<>();
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = read(f);
                    for (Matcher m = Pattern.compile("\\borg\\.peerchallengehub\\.(\\w+)\\.")
                                    .matcher(source);
                            m.find(); ) {
                        used.add(m.group(1));
                    }
                    for (String name : namesUsed(source)) {
                        Relation r = relations.get(name);
                        if (r != null) {
                            used.add(r.module());
                        }
                    }
                }
            }
            for (String allowed : allowedDependencies(module)) {
                if (!used.contains(allowed)) {
                    unused.add(module + " allows " + allowed + " but uses neither its types nor its views");
                }
            }
        }
        assertThat(unused)
                .as("allowedDependencies in package-info.java match what is used")
                .isEmpty();
    }

    @Test
    void the_scan_finds_another_modules_table_in_a_query_a_join_and_a_from_list() {
        Map<String, Relation> relations = relations(modules());
        Set<String> allowed = allowedDependencies("knowledge");
        assertThat(allowed).contains("councils", "frameworks");
        String source =
                """
                class X {
                    String a = "select f.id from report_finding f join council c on c.gss_code = f.council_gss";
                    String b = \"""
                        select * from report r, user_account u where u.id = r.id
                        \""";
                    String c = "select headline from frameworks_component_v";
                    String d = "select display_name from identity_user_name_v";
                    String e = "Choose the council from the register";
                }
                """;
        assertThat(check("knowledge", "X.java", source, relations, allowed))
                .extracting(Violation::name)
                .containsExactlyInAnyOrder("council", "user_account", "identity_user_name_v");
    }
}
