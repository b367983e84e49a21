package id.sigap.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL writes in {@code postmaster.pid} while it runs on a data folder (and removes when
 * it stops cleanly): the postmaster's pid, the data folder, when it started and its port.
 *
 * @param pid the postmaster's process id (line 1)
 * @param dataDir the data folder, absolute (line 2)
 * @param started when the postmaster started, to the second (line 3)
 * @param port its TCP port (line 4), or 0 when the file does not say
 */
record PostmasterPid(long pid, Path dataDir, Instant started, int port) {

  static final String FILE = "postmaster.pid";

  /** The file in that data folder, if there is one that can be read. */
  static Optional<PostmasterPid> read(Path pgData) {
    try {
      return parse(Files.readAllLines(pgData.resolve(FILE)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + pgData.resolve(FILE), e);
    }
  }

  /** Empty when the lines are not a postmaster.pid (cut short by a crash while it was written). */
  static Optional<PostmasterPid> parse(List<String> lines) {
    if (lines.size() < 3) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).trim());
      Path dataDir = Path.of(lines.get(1).trim());
      Instant started = Instant.ofEpochSecond(Long.parseLong(lines.get(2).trim()));
      int port = lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : 0;
      return pid > 0
          ? Optional.of(new PostmasterPid(pid, dataDir, started, port))
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
