package id.sigap.platform.embedded;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.jar.JarEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries carried on the class path, unpacked once per machine by streaming them to
 * disk. The library's own unpacking holds the whole archive and then each file in memory (some 60
 * MB at once), more than the container image's heap, and an unpacking cut short leaves a folder it
 * cannot unpack into again; this one unpacks into a folder of its own and renames it into place
 * when complete, so a folder is there whole or not at all.
 *
 * <p>The library is then handed a resolver whose "archive" is only the name of that unpacked
 * folder: it finds the folder complete and unpacks nothing.
 */
final class PostgresBinaries implements PgBinaryResolver {

  private static final Logger LOG = Logger.getLogger(PostgresBinaries.class);

  static final String ARCHIVE = "postgres-linux-x86_64.txz";

  /** The library's mark of a complete folder. */
  static final String COMPLETE = ".exists";

  private final byte[] identity;
  private final Path folder;

  private PostgresBinaries(byte[] identity, Path folder) {
    this.identity = identity;
    this.folder = folder;
  }

  /** The folder the library uses for binaries whose archive reads as {@code identity}. */
  static Path folderOf(Path workingDirectory, byte[] identity) {
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(identity);
      return workingDirectory.resolve("PG-" + HexFormat.of().formatHex(md5));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The class path's binaries, unpacked into {@code workingDirectory} unless they already are. */
  static PostgresBinaries unpackedIn(Path workingDirectory) {
    URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
    if (archive == null) {
      throw new IllegalStateException(EmbeddedDatabase.NO_BINARIES);
    }
    try {
      byte[] identity = identityOf(archive);
      Path folder = folderOf(workingDirectory, identity);
      if (!Files.exists(folder.resolve(COMPLETE))) {
        unpack(archive, workingDirectory, folder);
      }
      return new PostgresBinaries(identity, folder);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot unpack the PostgreSQL binaries in " + workingDirectory, e);
    }
  }

  Path folder() {
    return folder;
  }

  @Override
  public InputStream getPgBinary(String system, String machineHardware) {
    return new ByteArrayInputStream(identity);
  }

  /**
   * What tells one archive from another: in a jar, the entry's size and CRC, read from the jar's
   * directory without reading the archive; elsewhere (a native image's resources) its SHA-256.
   */
  private static byte[] identityOf(URL archive) throws IOException {
    URLConnection connection = archive.openConnection();
    if (connection instanceof JarURLConnection jar) {
      jar.setUseCaches(false);
      JarEntry entry = jar.getJarEntry();
      if (entry.getCrc() != -1 && entry.getSize() != -1) {
        String id =
            ARCHIVE + " size " + entry.getSize() + " crc " + Long.toHexString(entry.getCrc());
        return id.getBytes(StandardCharsets.UTF_8);
      }
    }
    try (InputStream in = archive.openStream()) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
      return (ARCHIVE + " sha256 " + HexFormat.of().formatHex(sha.digest()))
          .getBytes(StandardCharsets.UTF_8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void unpack(URL archive, Path workingDirectory, Path folder) throws IOException {
    Files.createDirectories(workingDirectory);
    Path partial = workingDirectory.resolve(".unpacking-" + UUID.randomUUID());
    LOG.infof("Unpacking the PostgreSQL binaries into %s", folder);
    try {
      try (InputStream in = archive.openStream();
          TarArchiveInputStream tar =
              new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(in, 65536)))) {
        for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
          write(tar, entry, partial);
        }
      }
      Files.createFile(partial.resolve(COMPLETE));
      if (Files.exists(folder) && !Files.exists(folder.resolve(COMPLETE))) {
        // left incomplete by an unpacking that was cut short: never usable, so replaced
        EmbeddedDatabase.deleteRecursively(folder);
      }
      try {
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(workingDirectory + " cannot rename folders atomically", e);
      } catch (FileSystemException e) {
        // another start unpacked the same binaries first ("directory not empty")
        if (!Files.exists(folder.resolve(COMPLETE))) {
          throw e;
        }
      }
    } finally {
      EmbeddedDatabase.deleteRecursively(partial);
    }
  }

  private static void write(TarArchiveInputStream tar, TarArchiveEntry entry, Path root)
      throws IOException {
    Path target = root.resolve(entry.getName()).normalize();
    if (!target.startsWith(root)) {
      throw new IOException("The archive names a path outside its folder: " + entry.getName());
    }
    if (entry.isDirectory()) {
      Files.createDirectories(target);
      return;
    }
    Files.createDirectories(target.getParent());
    if (entry.isSymbolicLink() || entry.isLink()) {
      // as the library does: a hard link becomes a symbolic one, both name files of the archive
      Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
    } else if (entry.isFile()) {
      Files.copy(tar, target);
      permit(target, entry.getMode());
    } else {
      throw new IOException("Unsupported entry in the PostgreSQL archive: " + entry.getName());
    }
  }

  /** Read for all, written by the owner, executable for all when the archive says so. */
  private static void permit(Path file, int mode) throws IOException {
    boolean executable = (mode & 0100) != 0;
    Files.setPosixFilePermissions(
        file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
  }
}
