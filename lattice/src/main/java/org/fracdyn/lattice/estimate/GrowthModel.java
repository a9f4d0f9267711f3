package org.fracdyn.lattice.estimate;

/** The growth laws that {@link ModelComparison} tells apart, with their stable labels. */
public enum GrowthModel {

    /** y = A t^b. Parameters {A, b}. */
    POWER_LAW("power-law", 2),

    /** y = a + b ln t, ultra-slow (Sinai-like) growth. Parameters {a, b}. */
    LOGARITHMIC("logarithmic", 2),

    /**
     * A continuous broken line in log-log: ln y = ln y_b + b_1 ln(t / t_b) for t &lt; t_b and
     * ln y_b + b_2 ln(t / t_b) after. Parameters {y_b, b_1, b_2, t_b}.
     */
    TWO_REGIME("two-regime", 4);

    private final String label;
    private final int parameterCount;

    GrowthModel(String label, int parameterCount) {
        this.label = label;
        this.parameterCount = parameterCount;
    }

    /** @return the label used in reports and on the command line */
    public String label() {
        return label;
    }

    /** @return the number of fitted parameters of the mean law */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * @param label a label such as "power-law"
     * @return the model
     * @throws IllegalArgumentException for an unknown label
     */
    public static GrowthModel ofLabel(String label) {
        for (GrowthModel model : values()) {
            if (model.label.equals(label)) {
                return model;
            }
        }
        throw new IllegalArgumentException("model = " + label
            + ": expected one of power-law, logarithmic, two-regime");
    }
}
