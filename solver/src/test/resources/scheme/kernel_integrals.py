"""Prints the reference values of KernelIntegralsTest.slopeMomentMatchesMpmath:
J(b, c, alpha) = int_0^c (b + c - s)^(-alpha) (2 s - c) ds, by mpmath quadrature at 40 digits
(the integrand cancels strongly when b >> c; the working precision absorbs it).

Run: python3 kernel_integrals.py   (mpmath 1.3)
"""
import mpmath as mp

CASES = [("1", "1", "0.3"), ("0.5", "1", "0.5"), ("0.49", "1", "0.5"), ("0.01", "1", "0.7"),
         ("100", "1", "0.4"), ("1e4", "1", "0.9"), ("0.3", "1", "1.0"), ("2", "1", "1.0"),
         ("1e6", "1e-3", "0.5")]

mp.mp.dps = 40
for b, c, alpha in CASES:
    b, c, alpha = mp.mpf(b), mp.mpf(c), mp.mpf(alpha)
    value = mp.quad(lambda s: (b + c - s) ** (-alpha) * (2 * s - c), [0, c / 2, c])
    print(f'"{mp.nstr(b, 6)}, {mp.nstr(c, 6)}, {mp.nstr(alpha, 3)}, {mp.nstr(value, 20)}",')
