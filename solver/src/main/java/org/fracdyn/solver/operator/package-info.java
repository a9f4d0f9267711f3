/** Space discretisations of the Fokker-Planck operator (finite volumes, fitted fluxes). */
package org.fracdyn.solver.operator;
