package org.fracdyn.lattice.medium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jetbrains.bio.npy.NpyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading users' media: the same grid through text, PNG and NPY; graphs; errors. */
class MediumFilesTest {

    @TempDir
    Path dir;

    /** A 4 x 3 grid, rows y = 0, 1, 2. */
    private static final byte[] GRID = {
        1, 1, 0, 1,
        0, 1, 1, 1,
        1, 0, 0, 1,
    };

    @Test
    void textPngAndNpyGiveTheSameGrid() throws IOException {
        Path text = dir.resolve("g.txt");
        Files.writeString(text, "# a comment\n1 1 0 1\n0111\n1,0,0,1\n");
        Path png = dir.resolve("g.png");
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                img.setRGB(x, y, GRID[x + 4 * y] == 1 ? 0xFFFFFF : 0x000000);
            }
        }
        ImageIO.write(img, "png", png.toFile());
        Path npy = dir.resolve("g.npy");
        NpyFile.write(npy, GRID, new int[] {3, 4});
        for (Path p : new Path[] {text, png, npy}) {
            OccupancyGrid g = MediumFiles.readGrid(p);
            assertArrayEquals(new int[] {4, 3}, g.sizes(), p.toString());
            assertArrayEquals(GRID, g.occupied(), p.toString());
        }
        GraphMedium m = MediumFiles.readMedium(text, Boundary.OPEN);
        assertEquals(8, m.siteCount());
        // Bonds counted by hand: along x (0,0)-(1,0), (1,1)-(2,1), (2,1)-(3,1); along y
        // (1,0)-(1,1), (3,0)-(3,1), (3,1)-(3,2): 6.
        assertEquals(6, m.bondCount());
        GraphMedium torus = MediumFiles.readMedium(text, Boundary.PERIODIC);
        // The torus adds (3,0)-(0,0), (3,2)-(0,2) across x, (0,2)-(0,0), (3,2)-(3,0) across y.
        assertEquals(10, torus.bondCount());
    }

    @Test
    void threeDimensionalTextUsesBlankLinesBetweenSlices() throws IOException {
        Path text = dir.resolve("c.txt");
        Files.writeString(text, "11\n11\n\n10\n01\n");
        OccupancyGrid g = MediumFiles.readGrid(text);
        assertArrayEquals(new int[] {2, 2, 2}, g.sizes());
        assertEquals(6, g.occupiedCount());
        assertEquals(LatticeKind.SIMPLE_CUBIC, g.lattice(Boundary.OPEN).kind());
    }

    @Test
    void edgeListIsAGraphWithoutCoordinates() throws IOException {
        Path edges = dir.resolve("g.edges");
        Files.writeString(edges, "0 1\n1 2\n2 0 # triangle\n2 3\n");
        GraphMedium m = MediumFiles.readMedium(edges, Boundary.OPEN);
        assertEquals(4, m.siteCount());
        assertEquals(3, m.maxDegree());
        assertEquals(0, m.dimension());
        assertEquals(4, m.bondCount());
        assertTrue(!m.isBipartite());
    }

    @Test
    void errorsNameTheFileAndLine() throws IOException {
        Path text = dir.resolve("bad.txt");
        Files.writeString(text, "1 1 0\n1 2 0\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> MediumFiles.readGrid(text));
        assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
        assertTrue(e.getMessage().contains("'2'"), e.getMessage());

        Path ragged = dir.resolve("ragged.txt");
        Files.writeString(ragged, "110\n11\n");
        e = assertThrows(UncheckedIOException.class, () -> MediumFiles.readGrid(ragged));
        assertTrue(e.getMessage().contains("ragged.txt:2"), e.getMessage());

        Path edges = dir.resolve("bad.edges");
        Files.writeString(edges, "0 1\n\n1 1\n");
        e = assertThrows(UncheckedIOException.class, () -> MediumFiles.readEdgeList(edges));
        assertTrue(e.getMessage().contains("bad.edges:3"), e.getMessage());
    }
}
