package org.fracdyn.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheContentAndCreatesFolders() throws IOException {
        Path target = folder.resolve("a/b/c.txt");

        AtomicFiles.writeString(target, "grüße\n");

        assertEquals("grüße\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(1, countFiles(target.getParent()), "no temporary file is left behind");
    }

    @Test
    void theWrittenFileIsReadableByOthersLikeAnyFile() throws IOException {
        assumeTrue(Files.getFileStore(folder)
            .supportsFileAttributeView(PosixFileAttributeView.class), "no POSIX permissions");
        Path target = folder.resolve("summary.json");

        AtomicFiles.writeString(target, "{}");

        assertEquals(PosixFilePermissions.fromString("rw-r--r--"),
            Files.getPosixFilePermissions(target));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = folder.resolve("x.txt");
        AtomicFiles.writeString(target, "old");

        AtomicFiles.writeText(target, out -> out.write("new"));

        assertEquals("new", Files.readString(target));
    }

    @Test
    void aFailedWriteKeepsThePreviousContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("keep.txt");
        AtomicFiles.writeString(target, "previous");

        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> AtomicFiles.write(target, out -> {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }));

        assertTrue(error.getMessage().contains(target.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("disk full"), error.getMessage());
        assertEquals("previous", Files.readString(target));
        assertEquals(1, countFiles(folder));
    }

    @Test
    void aRuntimeFailureAlsoCleansUp() throws IOException {
        Path target = folder.resolve("none.txt");

        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("boom");
        }));

        assertFalse(Files.exists(target));
        assertEquals(0, countFiles(folder));
    }

    @Test
    void writeFileHandsAPathInTheTargetFolderAndMovesIt() throws IOException {
        Path target = folder.resolve("via.bin");

        AtomicFiles.writeFile(target, temporary -> {
            assertEquals(folder.toAbsolutePath(), temporary.getParent());
            Files.write(temporary, new byte[] {1, 2, 3});
        });

        assertEquals(3, Files.size(target));
        assertEquals(1, countFiles(folder));
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
