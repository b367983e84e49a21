package id.sigap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CPU time Sigap's process and its PostgreSQL (the postmaster and its backends) have used, read
 * from {@code /proc}: SIGAP_PID, POSTMASTER_PID and CLK_TCK come from the benchmark's script.
 */
final class ProcessCpu {

  record Sample(long sigapTicks, long postgresTicks, long hz) {
    double sigapMillis(Sample before) {
      return (sigapTicks - before.sigapTicks) * 1000.0 / hz;
    }

    double postgresMillis(Sample before) {
      return (postgresTicks - before.postgresTicks) * 1000.0 / hz;
    }
  }

  private final String sigap;
  private final String postmaster;
  private final long hz;

  private ProcessCpu(String sigap, String postmaster, long hz) {
    this.sigap = sigap;
    this.postmaster = postmaster;
    this.hz = hz;
  }

  static ProcessCpu fromEnvironment() {
    String tck = System.getenv("CLK_TCK");
    return new ProcessCpu(
        System.getenv("SIGAP_PID"),
        System.getenv("POSTMASTER_PID"),
        tck == null ? 100 : Long.parseLong(tck.trim()));
  }

  boolean known() {
    return sigap != null && postmaster != null;
  }

  Sample sample() {
    if (!known()) {
      return new Sample(0, 0, hz);
    }
    long postgres = ticks(postmaster);
    for (String child : children(postmaster)) {
      postgres += ticks(child);
    }
    return new Sample(ticks(sigap), postgres, hz);
  }

  /** utime + stime of the process; 0 for one that has gone (a backend that ended). */
  private static long ticks(String pid) {
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      // the command may hold spaces: fields are counted after its closing parenthesis
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static List<String> children(String pid) {
    List<String> children = new ArrayList<>();
    try {
      String list = Files.readString(Path.of("/proc", pid, "task", pid, "children")).trim();
      if (!list.isEmpty()) {
        children.addAll(List.of(list.split(" ")));
      }
    } catch (IOException e) {
      // no children file: nothing to add
    }
    return children;
  }
}
