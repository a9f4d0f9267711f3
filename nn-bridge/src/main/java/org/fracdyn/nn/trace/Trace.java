package org.fracdyn.nn.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A training trace: a table indexed by the optimiser step, with the displacement of the weights
 * from their initial value and optional training metrics.
 *
 * <p>Columns (the schema of {@code docs/traces.md}):
 * <ul>
 *   <li>{@code step}: the optimiser step t, a long, strictly increasing, {@code >= 0};</li>
 *   <li>{@code epoch}: optional, a long, non-decreasing;</li>
 *   <li>{@code total}: R(t) = ||w_t - w_0||_2 over all parameters, finite and {@code >= 0};</li>
 *   <li>{@code layer:<name>}: the same norm restricted to one parameter tensor, finite and
 *       {@code >= 0};</li>
 *   <li>any other column, e.g. {@code train_loss}, {@code test_loss}, {@code test_acc},
 *       {@code llc}, {@code lr}: optional metrics, {@link Double#NaN} where a row did not
 *       record them.</li>
 * </ul>
 *
 * <p>Instances are immutable; the arrays handed in are copied and the accessors return copies.
 */
public final class Trace {

    /** Name of the step column. */
    public static final String STEP = "step";
    /** Name of the epoch column. */
    public static final String EPOCH = "epoch";
    /** Name of the total-displacement column. */
    public static final String TOTAL = "total";
    /** Prefix of the per-tensor displacement columns. */
    public static final String LAYER_PREFIX = "layer:";
    /** Mean training loss. */
    public static final String TRAIN_LOSS = "train_loss";
    /** Training accuracy in [0, 1]. */
    public static final String TRAIN_ACC = "train_acc";
    /** Mean test loss. */
    public static final String TEST_LOSS = "test_loss";
    /** Test accuracy in [0, 1]. */
    public static final String TEST_ACC = "test_acc";
    /** Local learning coefficient estimate. */
    public static final String LLC = "llc";
    /** Learning rate in force at the step. */
    public static final String LR = "lr";

    private final long[] steps;
    private final long[] epochs;
    private final Map<String, double[]> columns;

    private Trace(long[] steps, long[] epochs, Map<String, double[]> columns) {
        this.steps = steps;
        this.epochs = epochs;
        this.columns = columns;
    }

    /**
     * Creates a trace, checking the schema.
     *
     * @param steps the steps, strictly increasing and {@code >= 0}
     * @param epochs the epochs (same length, non-decreasing), or null when not recorded
     * @param columns the named columns in their order; must contain {@code total}
     * @return the trace
     * @throws IllegalArgumentException naming the column and row of any violation
     */
    public static Trace of(long[] steps, long[] epochs, Map<String, double[]> columns) {
        long[] stepCopy = steps.clone();
        long[] epochCopy = epochs == null ? null : epochs.clone();
        Map<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((name, values) -> copy.put(name, values.clone()));
        String problem = TraceChecks.firstProblem(stepCopy, epochCopy, copy);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Trace(stepCopy, epochCopy, Collections.unmodifiableMap(copy));
    }

    /** @return the number of rows */
    public int rowCount() {
        return steps.length;
    }

    /** @return a copy of the steps */
    public long[] steps() {
        return steps.clone();
    }

    /** @return a copy of the epochs, if the trace records them */
    public Optional<long[]> epochs() {
        return epochs == null ? Optional.empty() : Optional.of(epochs.clone());
    }

    /** @return the column names in order (without {@code step} and {@code epoch}) */
    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** @return the names of the {@code layer:} columns, prefix removed, in order */
    public List<String> layerNames() {
        List<String> names = new ArrayList<>();
        for (String name : columns.keySet()) {
            if (name.startsWith(LAYER_PREFIX)) {
                names.add(name.substring(LAYER_PREFIX.length()));
            }
        }
        return names;
    }

    /** @param name a column name @return whether the trace has it */
    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /**
     * @param name a column name, e.g. {@code total} or {@code layer:fc1.weight}
     * @return a copy of the column
     * @throws IllegalArgumentException if there is no such column
     */
    public double[] column(String name) {
        double[] values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException(
                "column = " + name + ": not in this trace; it has " + columns.keySet());
        }
        return values.clone();
    }

    /** @return a copy of the total displacement R(t) */
    public double[] total() {
        return column(TOTAL);
    }

    double valueAt(String name, int row) {
        return columns.get(name)[row];
    }

    long stepAt(int row) {
        return steps[row];
    }

    long epochAt(int row) {
        return epochs[row];
    }

    boolean hasEpochs() {
        return epochs != null;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Trace)) {
            return false;
        }
        Trace that = (Trace) other;
        if (!Arrays.equals(steps, that.steps) || !Arrays.equals(epochs, that.epochs)
            || !new ArrayList<>(columns.keySet()).equals(new ArrayList<>(that.columns.keySet()))) {
            return false;
        }
        for (Map.Entry<String, double[]> entry : columns.entrySet()) {
            if (!Arrays.equals(entry.getValue(), that.columns.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(steps) * 31 + columns.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "Trace[" + steps.length + " rows, columns " + columns.keySet() + "]";
    }
}
