package org.fracdyn.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The output folder of one run: {@code summary.json}, CSV tables, NumPy arrays and charts,
 * each written atomically, so a run that is interrupted keeps every file it finished and no
 * half-written one. File names are plain names inside the folder (no separators, no
 * {@code ..}).
 */
public final class RunFolder {

    /** The folder under the working directory where runs go unless told otherwise. */
    public static final Path DEFAULT_PARENT = Path.of("runs");

    private final Path root;

    private RunFolder(Path root) {
        this.root = root;
    }

    /**
     * The folder a run goes to: the one asked for, or {@code runs/<name>}.
     *
     * @param requested the folder given by the user, or null
     * @param runName the run's name (the problem's name), used when none is given
     * @return the folder path, not yet created
     * @throws IllegalArgumentException if the name is not a plain file name, or the folder
     *     asked for is blank, or it or one of its parents is an existing file (checked here,
     *     so that a command refuses before it computes rather than after)
     */
    public static Path resolve(Path requested, String runName) {
        if (requested != null) {
            if (requested.toString().isBlank()) {
                throw new IllegalArgumentException("--out = '" + requested
                    + "': expected a folder path");
            }
            return checkNotAFile(requested);
        }
        return checkNotAFile(DEFAULT_PARENT.resolve(checkName("run name", runName)));
    }

    private static Path checkNotAFile(Path folder) {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new IllegalArgumentException("--out = " + folder + ": " + p
                    + " is an existing file; expected a folder (new or existing)");
            }
        }
        return folder;
    }

    /**
     * Opens a run folder, creating it (and its parents) if needed. Existing files in it are
     * replaced as they are written again.
     *
     * @param folder the folder
     * @return the run folder
     * @throws UncheckedIOException if the folder cannot be created
     */
    public static RunFolder create(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run folder " + folder + ": "
                + e.getMessage(), e);
        }
        return new RunFolder(folder);
    }

    /** @return the folder */
    public Path root() {
        return root;
    }

    /**
     * @param fileName a plain file name
     * @return its path inside the folder
     * @throws IllegalArgumentException if the name has separators or is {@code .}/{@code ..}
     */
    public Path file(String fileName) {
        return root.resolve(checkName("file name", fileName));
    }

    /**
     * Writes a text file atomically.
     *
     * @param fileName a plain file name
     * @param text the content, written as UTF-8
     * @return the file written
     */
    public Path writeString(String fileName, String text) {
        Path target = file(fileName);
        AtomicFiles.writeString(target, text);
        return target;
    }

    /**
     * Writes a JSON document atomically (see {@link JsonDocuments}).
     *
     * @param fileName a plain file name, e.g. {@code summary.json}
     * @param value a map, record or JSON tree
     * @return the file written
     */
    public Path writeJson(String fileName, Object value) {
        Path target = file(fileName);
        JsonDocuments.write(target, value);
        return target;
    }

    /**
     * Writes a CSV table atomically.
     *
     * @param fileName a plain file name, e.g. {@code moments.csv}
     * @param table the filled writer
     * @return the file written
     */
    public Path writeCsv(String fileName, CsvTableWriter table) {
        Path target = file(fileName);
        table.write(target);
        return target;
    }

    /**
     * Writes one array as {@code .npy} atomically.
     *
     * @param fileName a plain file name, e.g. {@code P.npy}
     * @param array the array
     * @return the file written
     */
    public Path writeNpy(String fileName, NdArray array) {
        Path target = file(fileName);
        NpyArrays.writeNpy(target, array);
        return target;
    }

    /**
     * Writes named arrays as {@code .npz} atomically.
     *
     * @param fileName a plain file name, e.g. {@code fields.npz}
     * @param arrays the arrays by name
     * @return the file written
     */
    public Path writeNpz(String fileName, Map<String, NdArray> arrays) {
        Path target = file(fileName);
        NpyArrays.writeNpz(target, arrays);
        return target;
    }

    private static String checkName(String what, String name) {
        if (name == null || name.isBlank() || name.equals(".") || name.equals("..")
                || name.contains("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " = '" + name
                + "': expected a plain file name without / or \\");
        }
        return name;
    }
}
