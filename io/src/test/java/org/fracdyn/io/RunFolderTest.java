package org.fracdyn.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @TempDir
    Path folder;

    @Test
    void theDefaultFolderIsRunsSlashName() {
        assertEquals(Path.of("runs", "harmonic"), RunFolder.resolve(null, "harmonic"));
        assertEquals(Path.of("/tmp/out"), RunFolder.resolve(Path.of("/tmp/out"), "harmonic"));
    }

    @Test
    void aBlankFolderIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> RunFolder.resolve(Path.of(""), "harmonic"));

        assertEquals("--out = '': expected a folder path", error.getMessage());
    }

    /** A file where the folder or one of its parents should be is refused before any run. */
    @Test
    void aFolderOnAnExistingFileIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "keep me");

        IllegalArgumentException onFile = assertThrows(IllegalArgumentException.class,
            () -> RunFolder.resolve(file, "run"));
        IllegalArgumentException under = assertThrows(IllegalArgumentException.class,
            () -> RunFolder.resolve(file.resolve("sub"), "run"));

        assertTrue(onFile.getMessage().contains("is an existing file"), onFile.getMessage());
        assertTrue(under.getMessage().contains(file + " is an existing file"),
            under.getMessage());
        assertEquals("keep me", Files.readString(file));
        assertEquals(folder.resolve("new"), RunFolder.resolve(folder.resolve("new"), "run"));
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() {
        RunFolder run = RunFolder.create(folder.resolve("r"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> run.file("../escape.csv"));

        assertEquals("file name = '../escape.csv': expected a plain file name without / or \\",
            error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunFolder.resolve(null, ".."));
    }

    @Test
    void writesEachKindOfFileInsideTheFolder() throws IOException {
        RunFolder run = RunFolder.create(folder.resolve("runs/one"));

        run.writeString("note.txt", "hello");
        run.writeJson("summary.json", Map.of("alpha", 0.5));
        run.writeCsv("m.csv", CsvTables.writer().column("t", new double[] {0.5}));
        run.writeNpy("P.npy", NdArray.of(1, 2));
        run.writeNpz("f.npz", Map.of("x", NdArray.of(3)));

        assertTrue(Files.isDirectory(run.root()));
        assertEquals("hello", Files.readString(run.file("note.txt")));
        assertEquals(0.5, JsonDocuments.readTree(run.file("summary.json")).get("alpha")
            .asDouble(), 0.0);
        assertEquals(0.5, CsvTables.read(run.file("m.csv")).doubles("t")[0], 0.0);
        assertEquals(NdArray.of(1, 2), NpyArrays.readNpy(run.file("P.npy")));
        assertEquals(NdArray.of(3), NpyArrays.readNpz(run.file("f.npz")).get("x"));
    }
}
