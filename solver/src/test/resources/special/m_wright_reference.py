"""Reference values of the M-Wright function M_nu(z) at 50 digits.

Writes m_wright_reference.csv (columns nu, z, value) next to this script. The inputs are
the exact binary doubles the Java tests pass (mpf(float)).

Method: the defining series sum_n (-z)^n / (n! Gamma(1 - nu - nu n)) in mpmath, where
rgamma is exactly zero at the poles of Gamma. The series cancels heavily for large z, so it
is summed with 80, 160, 320, ... extra digits until two successive sums agree to 40 digits.

Run: python3 m_wright_reference.py   (a few seconds)
"""
import csv
import os

import mpmath as mp

DIGITS = 50
# Above nu = 1/2 the values fall below the double range quickly; there z <= 5 only.
NUS = [0.05, 0.1, 0.25, 0.375, 0.45, 0.5, 0.6, 0.75]
ZS = [0.0, 0.01, 0.1, 0.3, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0, 4.0, 5.0, 7.0, 10.0, 12.0,
      15.0, 20.0]


def series(nu, z, extra):
    with mp.workdps(DIGITS + extra):
        n_, x = mp.mpf(nu), mp.mpf(z)
        total = mp.mpf(0)
        term_power = mp.mpf(1)
        n = 0
        quiet = 0
        while True:
            term = term_power * mp.rgamma(1 - n_ - n_ * n)
            total += term
            bound = abs(term_power) * mp.gamma(n_ * (n + 1))
            if n > 10 and bound < mp.mpf(10) ** (-(DIGITS + extra)):
                quiet += 1
                if quiet > 5:
                    break
            term_power *= -x / (n + 1)
            n += 1
        return total


def reference(nu, z):
    previous = None
    for extra in (80, 160, 320, 640):
        value = series(nu, z, extra)
        if previous is not None and abs(value - previous) <= mp.mpf(10) ** -40 * abs(value):
            return value
        previous = value
    raise RuntimeError(f"series not converged at nu={nu} z={z}")


def main():
    mp.mp.dps = DIGITS
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "m_wright_reference.csv"), "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["nu", "z", "value"])
        for nu in NUS:
            for z in ZS:
                if nu > 0.5 and z > 5.0:
                    continue
                writer.writerow([repr(nu), repr(z), mp.nstr(reference(nu, z), 25,
                                                             min_fixed=0, max_fixed=0)])


if __name__ == "__main__":
    main()
