/**
 * Checks of the special functions (Mittag-Leffler, M-Wright) against high-precision tables and
 * closed forms.
 */
package org.fracdyn.validation.special;
