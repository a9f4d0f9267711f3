package org.fracdyn.charts;

/** How an axis maps values: linearly, or logarithmically (base 10, values &gt; 0 only). */
public enum AxisScale {
    /** A linear axis. */
    LINEAR,
    /** A base-10 logarithmic axis; points with a value &lt;= 0 on it are left out. */
    LOG
}
