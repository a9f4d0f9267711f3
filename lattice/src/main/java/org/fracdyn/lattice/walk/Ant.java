package org.fracdyn.lattice.walk;

/**
 * The two classic walkers on disordered media (de Gennes 1976; Majid, Ben-Avraham, Havlin and
 * Stanley, Phys. Rev. B 30 (1984) 1626, DOI 10.1103/PhysRevB.30.1626).
 *
 * <p>Both have the same exponents (d_w, d_s); they differ by a site-dependent time scale: the
 * blind ant wastes the steps it tries towards missing neighbours, so its clock runs slower by
 * roughly the mean fraction degree/maxDegree; on a full lattice they coincide.
 */
public enum Ant {
    /**
     * The blind ant: each step it picks one of the {@code maxDegree} directions of the lattice
     * uniformly; if that neighbour is vacant (or the bond missing) it stays put for that step.
     * Its stationary distribution is uniform over the cluster.
     */
    BLIND,
    /**
     * The myopic ant: each step it picks uniformly among the actual neighbours of its site and
     * always moves. Its stationary distribution is proportional to the degree.
     */
    MYOPIC
}
