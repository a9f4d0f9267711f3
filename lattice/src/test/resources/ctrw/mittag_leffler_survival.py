"""Survival function of Mittag-Leffler waiting times, for the CTRW sampler tests.

P(tau > t) = E_beta(-(t/gamma)^beta), written here for gamma = 1 on a grid of t spaced
40 per decade over [1e-4, 1e4], for beta = 0.5, 0.7, 0.9.

Method: for x = t^beta <= 8 the power series sum_k (-x)^k / Gamma(beta k + 1) summed at
60 digits; for x > 8 the complete-monotonicity representation (Gorenflo and Mainardi 1997)
    E_beta(-t^beta) = (sin(beta pi) / pi) * int_0^inf r^(beta-1) e^(-r t)
                      / (r^(2 beta) + 2 r^beta cos(beta pi) + 1) dr,
integrated with mpmath.quad at 30 digits. The two are checked against each other wherever
1 <= x <= 8, and the integral against the reference values of REFERENCES.md (E_beta(-x) at
x = 1 and 5); the run stops if a check differs by more than 1e-13.

Run: python3 mittag_leffler_survival.py > mittag_leffler_survival.csv
"""
import mpmath as mp

BETAS = ["0.5", "0.7", "0.9"]
REFERENCE = {  # REFERENCES.md, E_alpha(-x)
    ("0.5", "0.1"): "0.89645697996912664", ("0.5", "1"): "0.42758357615580700",
    ("0.5", "5"): "0.11070463773306863", ("0.7", "0.1"): "0.89756112693138678",
    ("0.7", "1"): "0.39961197811559938", ("0.9", "0.1"): "0.90175694244985940",
    ("0.9", "1"): "0.37606602142464188", ("0.9", "5"): "0.034431324804098424",
}


def by_integral(beta, x):
    t = x ** (1 / beta)
    c = mp.sin(beta * mp.pi) / mp.pi
    f = lambda r: r ** (beta - 1) * mp.exp(-r * t) / (
        r ** (2 * beta) + 2 * r ** beta * mp.cos(beta * mp.pi) + 1)
    return c * mp.quad(f, [0, 1 / t, 1, 10 / t, mp.inf])


def by_series(beta, x):
    with mp.workdps(60):
        return mp.nsum(lambda k: (-x) ** k / mp.gamma(beta * k + 1), [0, mp.inf])


def main():
    mp.mp.dps = 30
    for (b, x), value in REFERENCE.items():
        if x == "0.1":
            continue
        got = by_integral(mp.mpf(b), mp.mpf(x))
        assert abs(got - mp.mpf(value)) < 1e-13, (b, x, got, value)
    print("beta,t,survival")
    for b in BETAS:
        beta = mp.mpf(b)
        for k in range(-160, 161):
            t = mp.mpf(10) ** (mp.mpf(k) / 40)
            x = t ** beta
            if x <= 8:
                value = by_series(beta, x)
                if x >= 1:
                    assert abs(value - by_integral(beta, x)) < 1e-13, (b, t)
            else:
                value = by_integral(beta, x)
            print(f"{b},{mp.nstr(t, 17)},{mp.nstr(value, 17)}")


if __name__ == "__main__":
    main()
