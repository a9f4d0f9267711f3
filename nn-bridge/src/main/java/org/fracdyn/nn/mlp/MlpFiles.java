package org.fracdyn.nn.mlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fracdyn.io.AtomicFiles;
import org.jetbrains.bio.npy.NpyArray;
import org.jetbrains.bio.npy.NpzFile;

/**
 * Saves and loads a trained {@link Mlp} as two files side by side:
 *
 * <ul>
 *   <li>{@code <name>.json}: {@code {"format": "fracdyn-mlp", "version": 1, "inputs": 784,
 *       "hidden": [128, 128], "outputs": 10, "batch_norm": true, "arrays": "<name>.npz",
 *       "tensors": ["fc1.weight", ...]}};</li>
 *   <li>{@code <name>.npz}: one float64 array per parameter tensor under its name (weights
 *       shaped (out, in), row-major, as PyTorch's {@code nn.Linear}), and the batch-norm
 *       buffers {@code bn<l>.running_mean} and {@code bn<l>.running_var}.</li>
 * </ul>
 *
 * <p>In Python: {@code a = numpy.load("model.npz"); a["fc1.weight"]}. Both files are written
 * atomically; the arrays first, so a header never names missing arrays.
 */
public final class MlpFiles {

    /** The value of the header's {@code format} field. */
    public static final String FORMAT = "fracdyn-mlp";

    private static final ObjectMapper JSON = new ObjectMapper();

    private MlpFiles() {
    }

    /** @return the arrays file that goes with a header file */
    public static Path arraysFile(Path headerFile) {
        String name = headerFile.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return headerFile.resolveSibling(base + ".npz");
    }

    /**
     * Saves a network.
     *
     * @param mlp the network
     * @param headerFile the {@code .json} header; the arrays go to {@link #arraysFile}
     */
    public static void save(Mlp mlp, Path headerFile) {
        Path arrays = arraysFile(headerFile);
        MlpSpec spec = mlp.spec();
        Path absolute = arrays.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(),
                ".tmp.npz");
            try (NpzFile.Writer writer = NpzFile.write(temporary, true)) {
                for (int t = 0; t < mlp.tensorCount(); t++) {
                    writer.write(mlp.parameterNames().get(t), mlp.tensor(t), mlp.shape(t));
                }
                for (int l = 0; l < spec.hidden().size(); l++) {
                    if (mlp.runningMean(l) != null) {
                        writer.write("bn" + (l + 1) + ".running_mean", mlp.runningMean(l));
                        writer.write("bn" + (l + 1) + ".running_var", mlp.runningVariance(l));
                    }
                }
            }
            Path written = temporary;
            AtomicFiles.write(absolute, out -> Files.copy(written, out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + arrays + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }

        ObjectNode header = JSON.createObjectNode();
        header.put("format", FORMAT);
        header.put("version", 1);
        header.put("inputs", spec.inputs());
        ArrayNode hidden = header.putArray("hidden");
        spec.hidden().forEach(hidden::add);
        header.put("outputs", spec.outputs());
        header.put("batch_norm", spec.batchNorm());
        header.put("arrays", arrays.getFileName().toString());
        ArrayNode tensors = header.putArray("tensors");
        mlp.parameterNames().forEach(tensors::add);
        AtomicFiles.writeString(headerFile, header.toPrettyString() + "\n");
    }

    /**
     * Loads a network saved by {@link #save}.
     *
     * @param headerFile the {@code .json} header
     * @return the network
     * @throws UncheckedIOException naming the file and what is wrong
     */
    public static Mlp load(Path headerFile) {
        JsonNode header;
        try {
            header = JSON.readTree(headerFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model header " + headerFile + ": "
                + e.getMessage(), e);
        }
        if (header == null || !FORMAT.equals(header.path("format").asText())) {
            throw bad(headerFile, "not a fracdyn-mlp header (format must be \"" + FORMAT + "\")");
        }
        if (header.path("version").asInt() != 1) {
            throw bad(headerFile, "version " + header.path("version") + ": only 1 is known");
        }
        List<Integer> hidden = new ArrayList<>();
        header.path("hidden").forEach(width -> hidden.add(width.asInt()));
        MlpSpec spec;
        try {
            spec = new MlpSpec(header.path("inputs").asInt(), hidden,
                header.path("outputs").asInt(), header.path("batch_norm").asBoolean());
        } catch (IllegalArgumentException e) {
            throw bad(headerFile, e.getMessage());
        }
        Mlp mlp = Mlp.zeros(spec);
        Path arrays = headerFile.resolveSibling(header.path("arrays").asText());
        if (!Files.isRegularFile(arrays)) {
            throw bad(headerFile, "arrays file " + arrays + " does not exist");
        }
        try (NpzFile.Reader reader = NpzFile.read(arrays)) {
            for (int t = 0; t < mlp.tensorCount(); t++) {
                String name = mlp.parameterNames().get(t);
                fill(arrays, reader.get(name, Integer.MAX_VALUE), name, mlp.shape(t),
                    mlp.tensor(t));
            }
            for (int l = 0; l < spec.hidden().size(); l++) {
                if (mlp.runningMean(l) != null) {
                    int[] shape = {mlp.runningMean(l).length};
                    String prefix = "bn" + (l + 1);
                    fill(arrays, reader.get(prefix + ".running_mean", Integer.MAX_VALUE),
                        prefix + ".running_mean", shape, mlp.runningMean(l));
                    fill(arrays, reader.get(prefix + ".running_var", Integer.MAX_VALUE),
                        prefix + ".running_var", shape, mlp.runningVariance(l));
                }
            }
        } catch (RuntimeException e) {
            if (e instanceof UncheckedIOException) {
                throw e;
            }
            throw bad(arrays, "cannot read the arrays: " + e.getMessage());
        }
        return mlp;
    }

    private static void fill(Path file, NpyArray array, String name, int[] shape,
                             double[] target) {
        if (!Arrays.equals(array.getShape(), shape) || !(array.getData() instanceof double[])) {
            throw bad(file, "array " + name + " has shape " + Arrays.toString(array.getShape())
                + " of " + array.getData().getClass().getSimpleName() + ": expected float64 "
                + Arrays.toString(shape));
        }
        System.arraycopy(array.asDoubleArray(), 0, target, 0, target.length);
    }

    private static UncheckedIOException bad(Path file, String what) {
        return new UncheckedIOException(file + ": " + what, new IOException(what));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a hidden temporary file stays behind; the model files are complete
            }
        }
    }
}
