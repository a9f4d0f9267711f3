"""Exact expectation of the SGLD LLC estimator for K(w) = w1^2 w2^4 at finite n beta.

The estimator targets t E[K] with t = n beta under the density
    p(w) ~ exp(-t K(w) - (gamma / 2) (w1^2 + w2^2)),
the localised tempered posterior at w* = 0. The w1 integral is Gaussian with precision
2 A(u) = 2 (t u^4 + gamma / 2), u = w2:
    int exp(-A w1^2) dw1 = sqrt(pi / A),   int w1^2 exp(-A w1^2) dw1 = sqrt(pi) / (2 A^(3/2)),
which leaves two one-dimensional integrals over u, done here with mpmath at 30 digits.
As t -> infinity, t E[K] -> 1/4 (the learning coefficient), from below.

Used by LlcEstimatorTest: n = 10000, beta = 1 / ln n, gamma = 1 gives 0.22535812107852...
"""
from mpmath import mp, quad, sqrt, exp, pi, log, inf

mp.dps = 30


def target(t, gamma):
    def a(u):
        return t * u**4 + gamma / 2

    numerator = quad(lambda u: u**4 * sqrt(pi) / (2 * a(u) ** 1.5) * exp(-gamma * u**2 / 2),
                     [-inf, -1, 0, 1, inf])
    denominator = quad(lambda u: sqrt(pi / a(u)) * exp(-gamma * u**2 / 2),
                       [-inf, -1, 0, 1, inf])
    return t * numerator / denominator


if __name__ == "__main__":
    n = 10000
    print(target(n / log(n), 1))
