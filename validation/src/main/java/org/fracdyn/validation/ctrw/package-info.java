/**
 * Checks of continuous-time random walks against the time-fractional diffusion equation: the
 * displacement histogram against the solver's profile, and the ensemble MSD.
 */
package org.fracdyn.validation.ctrw;
