/**
 * The local learning coefficient of singular learning theory, estimated by localised SGLD
 * (Lau, Furman, Wang, Murfet and Wei 2024), with models whose coefficient is known exactly.
 */
package org.fracdyn.nn.llc;
