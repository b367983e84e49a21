package id.sigap.platform.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A small shell process that stops the embedded PostgreSQL when the JVM is gone, however it went
 * (SIGKILL, the OOM killer, a crash): PostgreSQL runs detached from Sigap (pg_ctl puts it in a
 * session of its own) and would otherwise live on without it.
 *
 * <p>The watchdog reads its standard input, a pipe whose only writer is this JVM. A clean stop
 * writes {@code stopped} and the watchdog exits; when the JVM dies the kernel closes the pipe, the
 * read ends, and the watchdog asks the postmaster for a fast shutdown (SIGINT, what {@code pg_ctl
 * stop -m fast} sends), then for an immediate one if it is still there a minute later. It acts only
 * while the folder's {@code postmaster.pid} still names the postmaster it was given, so it never
 * touches a server that a later start put on the same folder. It ignores the terminal's SIGINT,
 * SIGQUIT and SIGHUP, which the JVM answers with a clean stop of its own.
 */
final class Watchdog {

  private static final Logger LOG = Logger.getLogger(Watchdog.class);

  static final String LOG_FILE = "embedded-db-watchdog.log";
  static final Duration STOP_WAIT = Duration.ofSeconds(100);

  static final String SCRIPT =
      """
      # Sigap's embedded PostgreSQL watchdog: $1 data folder, $2 postmaster pid, $3 Sigap pid
      trap '' INT QUIT HUP
      pgdata=$1 pid=$2 sigap=$3
      if read -r line && [ "$line" = stopped ]; then exit 0; fi
      names_pid() {
        current=
        [ -f "$pgdata/postmaster.pid" ] && read -r current < "$pgdata/postmaster.pid"
        [ "$current" = "$pid" ] && kill -0 "$pid" 2>/dev/null
      }
      names_pid || exit 0
      echo "$(date -u +%FT%TZ 2>/dev/null) Sigap $sigap is gone: stopping PostgreSQL $pid"
      kill -INT "$pid"
      tenths=0
      while names_pid; do
        tenths=$((tenths + 1))
        if [ "$tenths" -eq 600 ]; then
          echo "PostgreSQL $pid still runs after 60 s: immediate shutdown"
          kill -QUIT "$pid"
        fi
        [ "$tenths" -ge 900 ] && exit 1
        sleep 0.1
      done
      echo "$(date -u +%FT%TZ 2>/dev/null) PostgreSQL $pid stopped"
      """;

  private final Process process;

  private Watchdog(Process process) {
    this.process = process;
  }

  /** Empty when there is no shell to run it (the JVM's shutdown hooks are all there is then). */
  static Optional<Watchdog> start(Path folder, Path pgData, long postmasterPid) {
    Path shell = Path.of("/bin/sh");
    if (!Files.isExecutable(shell)) {
      LOG.warn("No /bin/sh: the embedded PostgreSQL would outlive a killed Sigap");
      return Optional.empty();
    }
    try {
      Process process =
          new ProcessBuilder(
                  List.of(
                      shell.toString(),
                      "-c",
                      SCRIPT,
                      "sigap-embedded-db-watchdog",
                      pgData.toString(),
                      Long.toString(postmasterPid),
                      Long.toString(ProcessHandle.current().pid())))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve(LOG_FILE).toFile()))
              .start();
      return Optional.of(new Watchdog(process));
    } catch (IOException e) {
      LOG.warnf("Cannot start the embedded PostgreSQL's watchdog: %s", e.getMessage());
      return Optional.empty();
    }
  }

  long pid() {
    return process.pid();
  }

  /**
   * Ends the watch. {@code stopped}: the server is down, the watchdog just exits; otherwise it
   * stops the server as if the JVM had died, and this waits until it has.
   */
  void release(boolean stopped) {
    try (OutputStream in = process.getOutputStream()) {
      if (stopped) {
        in.write("stopped\n".getBytes(StandardCharsets.US_ASCII));
      }
    } catch (IOException e) {
      // it is gone already: the pipe has no reader
    }
    try {
      if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warn("The embedded PostgreSQL's watchdog did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
