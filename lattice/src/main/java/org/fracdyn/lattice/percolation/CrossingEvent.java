package org.fracdyn.lattice.percolation;

/**
 * The events a Newman-Ziff sweep records at every occupation number. With open boundaries
 * "crossing" means spanning: one cluster touches both faces perpendicular to an axis. With
 * periodic boundaries it means wrapping: a cluster contains a loop of non-zero winding along
 * the axis.
 */
public enum CrossingEvent {
    /** A cluster crosses along axis 0 (Pinson's R^(h) on the torus). */
    AXIS_0,
    /** A cluster crosses along at least one axis (R^(e)). */
    EITHER,
    /** Every axis is crossed (R^(b)); in 2D necessarily by one cluster (planarity). */
    ALL
}
