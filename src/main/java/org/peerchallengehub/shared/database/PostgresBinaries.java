package org.peerchallengehub.shared.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 binaries shipped inside the jar (the zonky bundle), unpacked once into a folder
 * only this user may read or write: by default {@code ~/.cache/peer-challenge-hub} (kept across data
 * folders), else {@code HUB_DATA_DIR/postgres-binaries}. Never a shared temporary folder, where another
 * local user could replace a binary that the Hub then runs. Each version is unpacked into a fresh
 * folder and renamed into place whole, so a half-unpacked copy is never used.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final String BUNDLE = "/postgres-linux-x86_64.txz";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The folder holding {@code bin/postgres}, unpacked into {@code parent} if not there yet. */
    static PostgresBinaries in(Path parent) {
        try {
            privateFolder(parent);
            byte[] bundle;
            String digest;
            try (InputStream raw = PostgresBinaries.class.getResourceAsStream(BUNDLE)) {
                if (raw == null) {
                    throw new IllegalStateException("The PostgreSQL binaries (" + BUNDLE + ") are not in the jar");
                }
                DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"));
                bundle = in.readAllBytes();
                digest =
                        HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, 16);
            }
            Path home = parent.resolve("postgres-" + digest);
            if (!Files.exists(home.resolve(".complete"))) {
                unpack(bundle, parent, home);
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries into " + parent, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path home() {
        return home;
    }

    /**
     * The command line to run one of the binaries. As root (in a container) PostgreSQL refuses to
     * start, so there it runs in a user namespace of its own ({@code unshare -U}), as nobody.
     */
    List<String> command(String binary, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(home.resolve("bin").resolve(binary).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Creates {@code folder} readable and writable by this user only, or makes an existing folder of
     * this user so. A folder of another user is refused: its contents could have been replaced.
     */
    static void privateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            return;
        }
        int owner = (Integer) Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int me = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        if (owner != me) {
            throw new IllegalStateException("The folder " + folder + " belongs to the user with id " + owner
                    + ", not to this user (" + me + "): the Hub will not run programs from it");
        }
        if (!Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        }
    }

    private static void unpack(byte[] bundle, Path parent, Path home) throws IOException {
        long started = System.nanoTime();
        Path staging = parent.resolve(".unpacking-" + UUID.randomUUID());
        Files.createDirectory(staging, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(bundle))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unexpected entry in the PostgreSQL bundle: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(
                            target,
                            PosixFilePermissions.fromString(
                                    entry.getName().startsWith("bin/") ? "r-x------" : "r--------"));
                }
            }
            Files.createFile(staging.resolve(".complete"));
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException
                    | AtomicMoveNotSupportedException
                    | java.nio.file.DirectoryNotEmptyException e) {
                // Another start unpacked the same version at the same time: theirs is as good as ours.
                if (!Files.exists(home.resolve(".complete"))) {
                    throw e;
                }
            }
            log.info(
                    "Unpacked the PostgreSQL binaries into {} ({} ms)",
                    home,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            if (Files.exists(staging)) {
                org.springframework.util.FileSystemUtils.deleteRecursively(staging);
            }
        }
    }
}
