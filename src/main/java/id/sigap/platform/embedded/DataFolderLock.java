package id.sigap.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jboss.logging.Logger;

/**
 * The claim of one Sigap on its data folder: an operating-system lock on {@code embedded-db.lock},
 * held while its embedded PostgreSQL runs, with the owning process's pid written in the file for
 * the message others get. The system drops the lock when the process dies, however it dies, so a
 * folder whose lock can be taken belongs to no live Sigap and whatever PostgreSQL still runs there
 * is a leftover.
 */
final class DataFolderLock {

  static final String FILE = "embedded-db.lock";

  private static final Logger LOG = Logger.getLogger(DataFolderLock.class);

  /** Another running Sigap holds the folder. */
  static final class FolderInUseException extends IllegalStateException {
    FolderInUseException(String message) {
      super(message);
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private DataFolderLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the folder, or refuses with a {@link FolderInUseException} naming the process that holds
   * it.
   */
  static DataFolderLock acquire(Path folder) {
    return acquire(folder, true);
  }

  private static DataFolderLock acquire(Path folder, boolean mayReplace) {
    Path file = folder.resolve(FILE);
    try {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldByThisJvm) {
        channel.close();
        if (!mayReplace) {
          throw heldByThisJvm;
        }
        // An earlier start of the application in this JVM (dev mode before a restart, another test
        // profile) did not stop: its lock lives on in a class loader that is gone. A new file is a
        // new lock; the earlier database is a leftover like any other.
        LOG.infof("Taking over %s from an earlier start in this JVM", file);
        Files.delete(file);
        return acquire(folder, false);
      }
      if (lock == null) {
        String owner = readOwner(channel);
        channel.close();
        throw new FolderInUseException(inUseMessage(folder, owner));
      }
      byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(pid), 0);
      channel.force(false);
      return new DataFolderLock(file, channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + file, e);
    }
  }

  static String inUseMessage(Path folder, String owner) {
    String pid = owner.strip();
    String who = pid.matches("\\d+") ? "another Sigap (pid " + pid + ")" : "another Sigap";
    return "The data folder "
        + folder
        + " is in use by "
        + who
        + ": stop it first, or give this one its own folder with SIGAP_DB_EMBEDDED_DATA_DIR";
  }

  /**
   * Read through the channel that tried the lock: closing any other descriptor of the file would
   * drop this process's own locks on it (POSIX record locks are per process).
   */
  private static String readOwner(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    channel.read(buffer, 0);
    buffer.flip();
    return StandardCharsets.US_ASCII.decode(buffer).toString();
  }

  /** Gives the folder up; the file stays (removing it would race with the next owner). */
  void release() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      LOG.warnf("Cannot release %s: %s", file, e.getMessage());
    }
  }
}
