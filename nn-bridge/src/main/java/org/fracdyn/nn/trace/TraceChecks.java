package org.fracdyn.nn.trace;

import java.util.Map;

/** The schema checks shared by {@link Trace#of} and the readers. */
final class TraceChecks {

    private TraceChecks() {
    }

    /** @return whether values of this column must be present, finite and non-negative */
    static boolean isDisplacement(String name) {
        return Trace.TOTAL.equals(name) || name.startsWith(Trace.LAYER_PREFIX);
    }

    /**
     * Checks one displacement or metric value.
     *
     * @return null when fine, else what is wrong
     */
    static String valueProblem(String name, double value) {
        if (isDisplacement(name)) {
            if (Double.isNaN(value)) {
                return name + " is missing or NaN: a displacement must be recorded in every row";
            }
            if (Double.isInfinite(value) || value < 0) {
                return name + " = " + value + ": a displacement must be finite and >= 0";
            }
        } else if (Double.isInfinite(value)) {
            return name + " = " + value + ": expected a finite number or an empty cell";
        }
        return null;
    }

    /** Checks a step against the previous one; null when fine. */
    static String stepProblem(long step, long previous, boolean first) {
        if (step < 0) {
            return "step = " + step + ": expected an integer >= 0";
        }
        if (!first && step <= previous) {
            return "step = " + step + " after step " + previous
                + ": steps must be strictly increasing";
        }
        return null;
    }

    /** Checks an epoch against the previous one; null when fine. */
    static String epochProblem(long epoch, long previous, boolean first) {
        if (epoch < 0) {
            return "epoch = " + epoch + ": expected an integer >= 0";
        }
        if (!first && epoch < previous) {
            return "epoch = " + epoch + " after epoch " + previous
                + ": epochs must be non-decreasing";
        }
        return null;
    }

    /** Checks the whole table; null when fine, else the first problem with its row. */
    static String firstProblem(long[] steps, long[] epochs, Map<String, double[]> columns) {
        if (!columns.containsKey(Trace.TOTAL)) {
            return "columns = " + columns.keySet() + ": a trace needs the column 'total'";
        }
        if (epochs != null && epochs.length != steps.length) {
            return "epochs: " + epochs.length + " values for " + steps.length + " steps";
        }
        for (int row = 0; row < steps.length; row++) {
            String problem = stepProblem(steps[row], row == 0 ? 0 : steps[row - 1], row == 0);
            if (problem == null && epochs != null) {
                problem = epochProblem(epochs[row], row == 0 ? 0 : epochs[row - 1], row == 0);
            }
            if (problem != null) {
                return "row " + row + ": " + problem;
            }
        }
        for (Map.Entry<String, double[]> entry : columns.entrySet()) {
            String name = entry.getKey();
            if (name.equals(Trace.STEP) || name.equals(Trace.EPOCH) || name.isEmpty()) {
                return "column name '" + name + "': reserved or empty";
            }
            double[] values = entry.getValue();
            if (values.length != steps.length) {
                return "column " + name + ": " + values.length + " values for "
                    + steps.length + " steps";
            }
            for (int row = 0; row < values.length; row++) {
                String problem = valueProblem(name, values[row]);
                if (problem != null) {
                    return "row " + row + ": " + problem;
                }
            }
        }
        return null;
    }
}
