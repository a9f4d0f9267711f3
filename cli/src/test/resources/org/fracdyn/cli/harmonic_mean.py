"""Exact mean of the fractional Ornstein-Uhlenbeck process for the fracdyn solve tests.

Run:  python3 harmonic_mean.py > harmonic_mean.csv

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
"""
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


def main():
    mp.mp.dps = 40
    print("problem,alpha,rate,center,x0,t,mean")
    for label, alpha, rate, center, x0, t in CASES:
        x = mp.mpf(rate) * mp.mpf(t) ** mp.mpf(alpha)
        series = mittag_leffler_series(alpha, x)
        laplace = mittag_leffler_laplace(alpha, x)
        assert abs(series - laplace) < mp.mpf("1e-15"), (label, t, series, laplace)
        mean = mp.mpf(center) + (mp.mpf(x0) - mp.mpf(center)) * series
        print(",".join([label, alpha, rate, center, x0, t, mp.nstr(mean, 20)]))


if __name__ == "__main__":
    main()
