"""Reference values of the Mittag-Leffler function E_{alpha,beta}(z) at 50 digits.

Writes mittag_leffler_reference.csv (columns alpha, beta, z, value) next to this script.
The inputs are the exact binary doubles the Java tests pass (mpf(float)).

Two independent methods, both in mpmath at raised precision:
  * the power series sum_k z^k / Gamma(alpha k + beta), summed at a working precision
    raised by the number of digits the largest term has above the result, used where
    |z|^(1/alpha) <= 200 (the series then needs a few hundred terms);
  * the Hankel-contour integral (1/2 pi i) int e^s s^(alpha-beta) / (s^alpha - z) ds along
    the parabola s = mu (1 + i u)^2, integrated by mpmath.quad (tanh-sinh), plus the
    residues e^s* s*^(1-beta) / alpha of the poles s*^alpha = z that lie to the right of
    the parabola.
The contour integral runs at 80 digits, so its absolute error is far below 1e-60 even
where the value is tiny (E_1(-x) = e^-x). Where both apply, both are computed and must agree
to 1e-35 relative or 1e-60 absolute; the script stops otherwise. For alpha = beta = 1 the closed form e^z is written (checked against the others), since
e^-300 and below are far under the contour's absolute error. Values beyond the double range
are written as Infinity / -Infinity.

Run: python3 mittag_leffler_reference.py   (about ten minutes on one core)
"""
import csv
import math
import os

import mpmath as mp

DIGITS = 50
ALPHAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.5, 2.0]
ZS = [-1e4, -3e3, -1e3, -300.0, -100.0, -50.0, -30.0, -20.0, -10.0, -7.0, -5.0, -3.0,
      -2.0, -1.5, -1.0, -0.7, -0.5, -0.3, -0.1, -0.01, 0.0, 0.01, 0.1, 0.3, 0.5, 0.7,
      1.0, 1.5, 2.0, 3.0, 5.0, 7.0, 10.0, 20.0, 30.0, 50.0]
SERIES_LIMIT = 200


def betas(alpha):
    values = []
    for beta in (1.0, alpha, 1.0 + alpha, 2.0):
        if beta not in values:
            values.append(beta)
    return values


def by_series(alpha, beta, z):
    a, b, x = mp.mpf(alpha), mp.mpf(beta), mp.mpf(z)
    if x == 0:
        return mp.rgamma(b)
    growth = float(abs(x)) ** (1.0 / alpha)
    extra = int(growth / math.log(10)) + 20
    with mp.workdps(DIGITS + extra):
        a, b, x = mp.mpf(alpha), mp.mpf(beta), mp.mpf(z)
        total = mp.mpf(0)
        power = mp.mpf(1)
        k = 0
        small = 0
        while True:
            term = power * mp.rgamma(a * k + b)
            total += term
            if abs(term) < mp.mpf(10) ** (-(DIGITS + extra)) * max(abs(total), 1):
                small += 1
                if small > 3 and k * alpha > 2:
                    break
            else:
                small = 0
            power *= x
            k += 1
        return +total


def poles(alpha, z):
    """Poles of s^alpha = z on the principal sheet, off the negative real axis."""
    x = mp.mpf(z)
    theta = mp.pi if x < 0 else mp.mpf(0)
    found = []
    for j in range(-3, 4):
        angle = (theta + 2 * j * mp.pi) / mp.mpf(alpha)
        if -mp.pi < angle < mp.pi:
            found.append(abs(x) ** (1 / mp.mpf(alpha)) * mp.expj(angle))
    return found


def by_contour(alpha, beta, z):
    with mp.workdps(DIGITS + 30):
        return +contour_integral(alpha, beta, z)


def contour_integral(alpha, beta, z):
    a, b, x = mp.mpf(alpha), mp.mpf(beta), mp.mpf(z)
    singular = [s for s in poles(alpha, z) if x != 0]
    phis = [(mp.re(s) + abs(s)) / 2 for s in singular]
    mu = mp.mpf(1)
    if phis:
        mu = min(mu, min(phis) / 4)

    def integrand(u):
        s = mu * (1 + 1j * u) ** 2
        ds = 2j * mu * (1 + 1j * u)
        return mp.im(mp.exp(s) * s ** (a - b) / (s ** a - x) * ds)

    integral = mp.quad(integrand, [0, 1, 3, 10, mp.inf]) / mp.pi
    residues = mp.mpf(0)
    for s in singular:
        residues += mp.re(mp.exp(s) * s ** (1 - b) / a)
    return integral + residues


def reference(alpha, beta, z):
    series_ok = z == 0 or abs(z) ** (1.0 / alpha) <= SERIES_LIMIT
    contour_ok = z != 0 and abs(z) >= 0.05
    values = []
    if series_ok:
        values.append(by_series(alpha, beta, z))
    if contour_ok:
        values.append(by_contour(alpha, beta, z))
    if alpha == 1.0 and beta == 1.0:
        values.insert(0, mp.exp(mp.mpf(z)))
    if len(values) >= 2:
        allowed = mp.mpf(10) ** -35 * abs(values[0]) + mp.mpf(10) ** -60
        if any(abs(values[0] - other) > allowed for other in values[1:]):
            raise RuntimeError(f"methods disagree at {alpha} {beta} {z}: {values}")
    return values[0]


def as_double_text(value):
    if abs(value) > mp.mpf(1.7976931348623157e308):
        return "Infinity" if value > 0 else "-Infinity"
    return mp.nstr(value, 25, min_fixed=0, max_fixed=0)


def main():
    mp.mp.dps = DIGITS
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "mittag_leffler_reference.csv"), "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["alpha", "beta", "z", "value"])
        for alpha in ALPHAS:
            for beta in betas(alpha):
                for z in ZS:
                    value = reference(alpha, beta, z)
                    writer.writerow([repr(alpha), repr(beta), repr(z), as_double_text(value)])
                out.flush()


if __name__ == "__main__":
    main()
