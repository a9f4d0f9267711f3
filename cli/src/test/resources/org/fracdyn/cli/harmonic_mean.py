"""Exact moments of the fractional Ornstein-Uhlenbeck process for the fracdyn solve tests.

Run:  python3 harmonic_mean.py     (writes harmonic_mean.csv and harmonic_variance.csv here)

With V = k (x - c)^2 / 2 the mean relaxes as
    <x>(t) = c + (x0 - c) E_alpha(-(k/gamma) t^alpha)
(Metzler, Barkai and Klafter, Phys. Rev. Lett. 82 (1999) 3563). The rows are the problems
the tests run: examples/problems/harmonic-subdiffusion.yaml (alpha 0.6, k = gamma = 1, c = 0,
x0 = 2) at its output times, and the small problem written by SolveCommandTest (alpha 0.8,
k = 2, gamma = 1, c = 0.5, x0 = 1.5) at t = 1.

E_alpha(-x) is summed as its power series sum_k (-x)^k / Gamma(alpha k + 1) at a working
precision raised by the digits the alternating terms cancel, and each value is checked
against the numerical inverse Laplace transform of s^(alpha - 1) / (s^alpha + x) at t = 1
(Talbot's method in mpmath) to 1e-15.

The variance follows from the second moment about c,
    <(x - c)^2>(t) = kT/k + (s0 - kT/k) E_alpha(-2 (k/gamma) t^alpha),   s0 = v0 + (x0 - c)^2,
minus (<x> - c)^2; harmonic_variance.csv has it for the harmonic example's parameters
(kT = gamma D = 1, k = 1) with an initial variance v0 = 0.0025, at t = 1 and t = 5.
"""
import os

import mpmath as mp

CASES = [
    # (label, alpha, k/gamma, center, x0, t)
    ("harmonic-subdiffusion", "0.6", "1", "0", "2", "0.5"),
    ("harmonic-subdiffusion", "0.6", "1", "0", "2", "1"),
    ("harmonic-subdiffusion", "0.6", "1", "0", "2", "2"),
    ("harmonic-subdiffusion", "0.6", "1", "0", "2", "5"),
    ("small-harmonic", "0.8", "2", "0.5", "1.5", "1"),
]


def mittag_leffler_series(alpha, x):
    """E_alpha(-x) by its power series."""
    extra = int(float(x) ** (1 / float(alpha)) / 2.3) + 10
    with mp.workdps(50 + extra):
        alpha = mp.mpf(alpha)
        x = mp.mpf(x)
        total = mp.mpf(0)
        k = 0
        while True:
            term = (-x) ** k / mp.gamma(alpha * k + 1)
            total += term
            if k > 10 and abs(term) < mp.mpf(10) ** (-(50 + extra)):
                break
            k += 1
        return +total


def mittag_leffler_laplace(alpha, x):
    """E_alpha(-x t^alpha) at t = 1, from its Laplace transform."""
    with mp.workdps(30):
        alpha = mp.mpf(alpha)
        x = mp.mpf(x)
        return mp.invertlaplace(lambda s: s ** (alpha - 1) / (s ** alpha + x), 1,
                                method="talbot")


def checked(alpha, x):
    """E_alpha(-x) by the series, checked against the Laplace inversion."""
    series = mittag_leffler_series(alpha, x)
    laplace = mittag_leffler_laplace(alpha, x)
    assert abs(series - laplace) < mp.mpf("1e-15"), (alpha, x, series, laplace)
    return series


def main():
    mp.mp.dps = 40
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "harmonic_mean.csv"), "w") as out:
        out.write("problem,alpha,rate,center,x0,t,mean\n")
        for label, alpha, rate, center, x0, t in CASES:
            e = checked(alpha, mp.mpf(rate) * mp.mpf(t) ** mp.mpf(alpha))
            mean = mp.mpf(center) + (mp.mpf(x0) - mp.mpf(center)) * e
            out.write(",".join([label, alpha, rate, center, x0, t, mp.nstr(mean, 20)]) + "\n")

    alpha, x0, v0, stationary = "0.6", mp.mpf(2), mp.mpf("0.0025"), mp.mpf(1)
    with open(os.path.join(here, "harmonic_variance.csv"), "w") as out:
        out.write("alpha,x0,v0,t,variance\n")
        for t in ("1", "5"):
            tau = mp.mpf(t) ** mp.mpf(alpha)
            mean = x0 * checked(alpha, tau)
            second = stationary + (v0 + x0 ** 2 - stationary) * checked(alpha, 2 * tau)
            out.write(",".join([alpha, "2", "0.0025", t, mp.nstr(second - mean ** 2, 20)])
                      + "\n")


if __name__ == "__main__":
    main()
