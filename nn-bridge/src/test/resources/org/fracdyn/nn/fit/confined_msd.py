"""Writes confined_msd.csv: the second moment of the harmonic time-fractional FPE from x0 = 0,
MSD(t) = (D/k) (1 - E_alpha(-2 k t^alpha)), gamma = 1, for alpha = 0.7, D = 0.02, k = 0.005 at
40 log-spaced t in [1, 1e5], with mpmath (30 digits).
Run: python3 confined_msd.py > confined_msd.csv
"""
import mpmath

mpmath.mp.dps = 30
alpha, d, k = mpmath.mpf("0.7"), mpmath.mpf("0.02"), mpmath.mpf("0.005")


def mittag_leffler(a, z):
    # E_a(-x) for 0 < a < 1, x >= 0, by its integral representation (Gorenflo and Mainardi,
    # "Fractional calculus: integral and differential equations of fractional order", 1997):
    # E_a(-x) = (sin(pi a)/pi) int_0^inf r^(a-1) exp(-r x^(1/a))
    #           / (r^(2a) + 2 r^a cos(pi a) + 1) dr
    x = -z
    if x == 0:
        return mpmath.mpf(1)
    s = x ** (1 / a)
    c = mpmath.cos(mpmath.pi * a)
    f = lambda r: r ** (a - 1) * mpmath.exp(-r * s) / (r ** (2 * a) + 2 * r ** a * c + 1)
    return mpmath.sin(mpmath.pi * a) / mpmath.pi * mpmath.quad(f, [0, 1, mpmath.inf])


print("t,msd")
for i in range(40):
    t = mpmath.mpf(10) ** (mpmath.mpf(5) * i / 39)
    msd = d / k * (1 - mittag_leffler(alpha, -2 * k * t ** alpha))
    print(f"{mpmath.nstr(t, 20)},{mpmath.nstr(msd, 20)}")
