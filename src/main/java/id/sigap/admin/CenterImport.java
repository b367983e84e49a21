package id.sigap.admin;

import static id.sigap.procedure.Rejection.invalid;
import static id.sigap.procedure.Rejection.unprocessable;

import id.sigap.admin.FloorSetupRepository.Cluster;
import id.sigap.admin.FloorSetupRepository.Desk;
import id.sigap.admin.FloorSetupRepository.NewPerson;
import id.sigap.platform.problem.Problem.RowError;
import id.sigap.platform.problem.RowsRefused;
import id.sigap.procedure.Desk.DeskKind;
import id.sigap.procedure.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * R-F-1: a center imported from CSV files for its first setup: clusters (id,name), people
 * (username,name,role,cluster[,password]) and desks (id,cluster,kind,recorded). Every row is
 * checked first; one refused row refuses the import with a report of every refused row, and nothing
 * is written. Otherwise all of it is written in one transaction.
 */
@ApplicationScoped
public class CenterImport {

  private static final List<Role> PEOPLES_ROLES =
      java.util.Arrays.stream(Role.values()).filter(r -> r != Role.CTI).toList();

  static final String CLUSTERS = "clusters";
  static final String PEOPLE = "people";
  static final String DESKS = "desks";

  static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  static final Pattern DESK_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  private static final int MAX_REPORTED = 1000;

  private final FloorSetupRepository setup;
  private final Vertx vertx;
  private final AdminConfig config;

  CenterImport(FloorSetupRepository setup, Vertx vertx, AdminConfig config) {
    this.setup = setup;
    this.vertx = vertx;
    this.config = config;
  }

  /** How many of each were imported. */
  public record Imported(int clusters, int people, int desks) {}

  /** A person read from the file, before their password is hashed. */
  private record PersonRow(int line, NewPerson person, String password) {}

  private record Files(
      List<CsvTable.Line> clusters, List<CsvTable.Line> people, List<CsvTable.Line> desks) {}

  public Uni<Imported> run(String clusters, String people, String desks) {
    if (clusters == null && people == null && desks == null) {
      return FloorSetupService.refuse(
          invalid(
              FloorSetupService.RULE,
              "Nothing to import",
              "Send at least one of clusters, people and desks"));
    }
    List<RowError> errors = new ArrayList<>();
    Map<String, Map<String, Integer>> headers = new HashMap<>();
    Files files;
    try {
      files =
          new Files(
              read(CLUSTERS, clusters, List.of("id", "name"), List.of(), headers, errors),
              read(
                  PEOPLE,
                  people,
                  List.of("username", "name", "role", "cluster"),
                  List.of("password"),
                  headers,
                  errors),
              read(
                  DESKS,
                  desks,
                  List.of("id", "cluster", "kind", "recorded"),
                  List.of(),
                  headers,
                  errors));
    } catch (CsvTable.TooManyRows e) {
      return tooLarge();
    }
    int rows = files.clusters().size() + files.people().size() + files.desks().size();
    if (rows > config.importMaxRows()) {
      return tooLarge();
    }
    Set<String> clusterIds = new HashSet<>();
    Set<String> usernames = new HashSet<>();
    Set<String> deskIds = new HashSet<>();
    files.clusters().forEach(l -> clusterIds.add(field(l, headers.get(CLUSTERS), "id")));
    files.people().forEach(l -> usernames.add(field(l, headers.get(PEOPLE), "username")));
    files.people().forEach(l -> clusterIds.add(field(l, headers.get(PEOPLE), "cluster")));
    files.desks().forEach(l -> deskIds.add(field(l, headers.get(DESKS), "id")));
    files.desks().forEach(l -> clusterIds.add(field(l, headers.get(DESKS), "cluster")));
    clusterIds.remove("");
    return setup
        .existingClusters(clusterIds)
        .chain(
            knownClusters ->
                setup
                    .existingUsernames(usernames)
                    .chain(
                        takenNames ->
                            setup
                                .existingDesks(deskIds)
                                .chain(
                                    takenDesks ->
                                        check(
                                            files,
                                            headers,
                                            errors,
                                            knownClusters,
                                            takenNames,
                                            takenDesks))));
  }

  private Uni<Imported> tooLarge() {
    return FloorSetupService.refuse(
        unprocessable(
            FloorSetupService.RULE,
            "Import too large",
            "An import holds at most "
                + config.importMaxRows()
                + " rows (sigap.admin.import-max-rows); split the file"));
  }

  /** The file's rows after its header; a missing or unknown column is reported on line 1. */
  private List<CsvTable.Line> read(
      String file,
      String text,
      List<String> required,
      List<String> optional,
      Map<String, Map<String, Integer>> headers,
      List<RowError> errors) {
    if (text == null) {
      return List.of();
    }
    CsvTable table;
    try {
      table = CsvTable.parse(text, config.importMaxRows());
    } catch (CsvTable.Unreadable e) {
      errors.add(new RowError(file, e.line, null, "Not CSV: " + e.getMessage()));
      return List.of();
    }
    if (table.header() == null) {
      errors.add(
          new RowError(
              file, 1, null, "The file is empty: its first line names the columns " + required));
      return List.of();
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> names = table.header().fields();
    boolean good = true;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim().toLowerCase(Locale.ROOT);
      if (!required.contains(name) && !optional.contains(name)) {
        errors.add(new RowError(file, 1, names.get(i), "Unknown column"));
        good = false;
      } else if (columns.putIfAbsent(name, i) != null) {
        errors.add(new RowError(file, 1, name, "The column is named twice"));
        good = false;
      }
    }
    for (String name : required) {
      if (!columns.containsKey(name)) {
        errors.add(new RowError(file, 1, name, "Missing column"));
        good = false;
      }
    }
    headers.put(file, columns);
    return good ? table.rows() : List.of();
  }

  private static String field(CsvTable.Line line, Map<String, Integer> columns, String name) {
    Integer at = columns.get(name);
    return at == null || at >= line.fields().size() ? "" : line.fields().get(at).trim();
  }

  private Uni<Imported> check(
      Files files,
      Map<String, Map<String, Integer>> headers,
      List<RowError> errors,
      Set<String> knownClusters,
      Set<String> takenNames,
      Set<String> takenDesks) {
    Set<String> clusters = new HashSet<>(knownClusters);
    List<Cluster> newClusters = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Line line : files.clusters()) {
      Map<String, Integer> cols = headers.get(CLUSTERS);
      if (!width(CLUSTERS, line, cols, errors)) {
        continue;
      }
      String id = field(line, cols, "id");
      String name = field(line, cols, "name");
      int before = errors.size();
      if (!CLUSTER_ID.matcher(id).matches()) {
        errors.add(err(CLUSTERS, line, "id", "1 to 16 letters, digits, - or _"));
      } else if (seen.putIfAbsent(id, line.number()) != null) {
        errors.add(err(CLUSTERS, line, "id", "Also on line " + seen.get(id)));
      } else if (knownClusters.contains(id)) {
        errors.add(err(CLUSTERS, line, "id", "There is a cluster " + id + " already"));
      }
      checkName(CLUSTERS, line, name, errors);
      if (errors.size() == before) {
        clusters.add(id);
        newClusters.add(new Cluster(id, name));
      }
    }
    List<PersonRow> newPeople = new ArrayList<>();
    seen.clear();
    for (CsvTable.Line line : files.people()) {
      Map<String, Integer> cols = headers.get(PEOPLE);
      if (!width(PEOPLE, line, cols, errors)) {
        continue;
      }
      String username = field(line, cols, "username");
      String name = field(line, cols, "name");
      String roleText = field(line, cols, "role").toUpperCase(Locale.ROOT);
      String cluster = field(line, cols, "cluster");
      String password = cols.containsKey("password") ? field(line, cols, "password") : "";
      int before = errors.size();
      if (!USERNAME.matcher(username).matches()) {
        errors.add(err(PEOPLE, line, "username", "1 to 64 letters, digits, . _ @ or -"));
      } else if (seen.putIfAbsent(username, line.number()) != null) {
        errors.add(
            err(
                PEOPLE,
                line,
                "username",
                "Duplicate username: also on line " + seen.get(username)));
      } else if (takenNames.contains(username)) {
        errors.add(err(PEOPLE, line, "username", "There is an account " + username + " already"));
      }
      checkName(PEOPLE, line, name, errors);
      Role role = null;
      try {
        role = Role.valueOf(roleText);
      } catch (IllegalArgumentException e) {
        errors.add(err(PEOPLE, line, "role", "One of " + PEOPLES_ROLES));
      }
      if (role == Role.CTI) {
        errors.add(err(PEOPLE, line, "role", "CTI is an integrator's role, not a person's"));
      }
      if (cluster.isEmpty()) {
        if (role == Role.AGENT || role == Role.TEAM_LEADER) {
          errors.add(err(PEOPLE, line, "cluster", "An agent or a TL works in a cluster"));
        }
      } else if (!clusters.contains(cluster)) {
        errors.add(err(PEOPLE, line, "cluster", "Unknown cluster " + cluster));
      }
      if (!password.isEmpty() && (password.length() < 8 || password.length() > 200)) {
        errors.add(err(PEOPLE, line, "password", "8 to 200 characters, or empty"));
      }
      if (errors.size() == before) {
        newPeople.add(
            new PersonRow(
                line.number(),
                new NewPerson(
                    username, name, role.name(), cluster.isEmpty() ? null : cluster, "", false),
                password.isEmpty() ? null : password));
      }
    }
    List<Desk> newDesks = new ArrayList<>();
    seen.clear();
    for (CsvTable.Line line : files.desks()) {
      Map<String, Integer> cols = headers.get(DESKS);
      if (!width(DESKS, line, cols, errors)) {
        continue;
      }
      String id = field(line, cols, "id");
      String cluster = field(line, cols, "cluster");
      String kind = field(line, cols, "kind").toUpperCase(Locale.ROOT);
      String recorded = field(line, cols, "recorded").toLowerCase(Locale.ROOT);
      int before = errors.size();
      if (!DESK_ID.matcher(id).matches()) {
        errors.add(err(DESKS, line, "id", "1 to 32 letters, digits, . _ or -"));
      } else if (seen.putIfAbsent(id, line.number()) != null) {
        errors.add(err(DESKS, line, "id", "Duplicate desk: also on line " + seen.get(id)));
      } else if (takenDesks.contains(id)) {
        errors.add(err(DESKS, line, "id", "There is a desk " + id + " already"));
      }
      if (cluster.isEmpty()) {
        errors.add(err(DESKS, line, "cluster", "A desk belongs to a cluster"));
      } else if (!clusters.contains(cluster)) {
        errors.add(err(DESKS, line, "cluster", "Unknown cluster " + cluster));
      }
      try {
        DeskKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        errors.add(err(DESKS, line, "kind", "One of " + List.of(DeskKind.values())));
      }
      Boolean isRecorded =
          switch (recorded) {
            case "true", "yes", "ya", "1" -> true;
            case "false", "no", "tidak", "0" -> false;
            default -> null;
          };
      if (isRecorded == null) {
        errors.add(err(DESKS, line, "recorded", "true or false"));
      }
      if (errors.size() == before) {
        newDesks.add(new Desk(id, cluster, kind, isRecorded, null));
      }
    }
    if (!errors.isEmpty()) {
      int count = errors.size();
      return Uni.createFrom()
          .failure(
              new RowsRefused(
                  FloorSetupService.RULE,
                  count
                      + " problem"
                      + (count == 1 ? "" : "s")
                      + " in the import; nothing was imported"
                      + (count > MAX_REPORTED ? " (the first " + MAX_REPORTED + " listed)" : ""),
                  errors.subList(0, Math.min(count, MAX_REPORTED))));
    }
    long passwords = newPeople.stream().filter(p -> p.password() != null).count();
    if (passwords > config.importMaxPasswords()) {
      return FloorSetupService.refuse(
          unprocessable(
              FloorSetupService.RULE,
              "Too many passwords",
              "An import sets at most "
                  + config.importMaxPasswords()
                  + " passwords (sigap.admin.import-max-passwords); people of the identity"
                  + " provider need none"));
    }
    return vertx
        .executeBlocking(
            () ->
                newPeople.stream()
                    .map(
                        p ->
                            p.password() == null
                                ? p.person()
                                : new NewPerson(
                                    p.person().username(),
                                    p.person().name(),
                                    p.person().role(),
                                    p.person().clusterId(),
                                    BcryptUtil.bcryptHash(p.password()),
                                    p.person().telkomCare()))
                    .toList())
        .chain(hashed -> setup.importCenter(newClusters, hashed, newDesks))
        .replaceWith(new Imported(newClusters.size(), newPeople.size(), newDesks.size()));
  }

  private static boolean width(
      String file, CsvTable.Line line, Map<String, Integer> cols, List<RowError> errors) {
    int expected = cols.size();
    if (line.fields().size() != expected) {
      errors.add(
          new RowError(
              file,
              line.number(),
              null,
              "The row has " + line.fields().size() + " fields; the header names " + expected));
      return false;
    }
    return true;
  }

  private static void checkName(
      String file, CsvTable.Line line, String name, List<RowError> errors) {
    if (name.isEmpty() || name.length() > 100) {
      errors.add(err(file, line, "name", "1 to 100 characters"));
    }
  }

  private static RowError err(String file, CsvTable.Line line, String column, String message) {
    return new RowError(file, line.number(), column, message);
  }
}
