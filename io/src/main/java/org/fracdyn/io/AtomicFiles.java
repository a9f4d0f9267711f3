package org.fracdyn.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files atomically: the content goes to a temporary file in the same folder, which is
 * then renamed over the target. A reader never sees a half-written file, and a write that
 * fails leaves the previous content (or no file) in place.
 */
public final class AtomicFiles {

    /** Writes content to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface StreamContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes content as text; may throw {@link IOException}. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes content through a library that only accepts a file name: it is given the path
     * of a fresh, empty temporary file in the target's folder; may throw {@link IOException}.
     */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes bytes to a file atomically, creating the parent folders.
     *
     * @param target the file to write
     * @param content what to write
     * @throws UncheckedIOException naming the file when anything fails
     */
    public static void write(Path target, StreamContent content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            moveIntoPlace(temporary, absolute);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * Writes UTF-8 text to a file atomically, creating the parent folders.
     *
     * @param target the file to write
     * @param content what to write
     * @throws UncheckedIOException naming the file when anything fails
     */
    public static void writeText(Path target, TextContent content) {
        write(target, out -> {
            Writer writer = new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes a string to a file atomically as UTF-8.
     *
     * @param target the file to write
     * @param text the whole content
     * @throws UncheckedIOException naming the file when anything fails
     */
    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a file atomically through a writer that wants a path of its own (the NumPy
     * writers, for instance): it writes a temporary file in the target's folder, which is
     * then renamed over the target.
     *
     * @param target the file to write
     * @param content writes the whole file at the path it is given
     * @throws UncheckedIOException naming the file when anything fails
     */
    public static void writeFile(Path target, FileContent content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            content.writeTo(temporary);
            moveIntoPlace(temporary, absolute);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        makeReadable(temporary);
        try {
            Files.move(temporary, target,
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A temporary file is created readable by its owner only (rw-------); the file it becomes
     * gets the usual rw-r--r--, as if written directly, where the file system has POSIX
     * permissions.
     */
    private static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The temporary file is hidden and named .part; nothing of the target is lost.
        }
    }
}
