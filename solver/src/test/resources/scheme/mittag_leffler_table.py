"""Writes mittag-leffler-relaxation.csv: y(t) = E_alpha(-lambda t^alpha), the exact solution of
C_D^alpha y = -lambda y, y(0) = 1, for the fractional ODE tests of the Caputo schemes.

E_alpha(z) = sum_k z^k / Gamma(alpha k + 1) is summed with mpmath at a working precision
raised with the size of the largest term (about exp(|z|^(1/alpha)) for z < 0), so that the
alternating series loses nothing; the values are checked against the independent table of
/work/shared/REFERENCES.md (and the closed form E_1/2(-x) = exp(x^2) erfc(x)) before writing.

Run: python3 mittag_leffler_table.py   (mpmath 1.3)
"""
import mpmath as mp

ALPHAS = ["0.3", "0.5", "0.7", "0.9"]
LAMBDAS = ["0.1", "1", "5"]
TIMES = ["0.25", "1"]


def mittag_leffler(alpha, z):
    growth = float(abs(z)) ** (1.0 / float(alpha))
    with mp.workdps(40 + int(growth / 2.3)):
        total = mp.mpf(0)
        k = 0
        while True:
            term = mp.power(z, k) / mp.gamma(alpha * k + 1)
            total += term
            if k > 10 and k * float(alpha) > growth and abs(term) < mp.mpf(10) ** (-40):
                break
            k += 1
        return +total


def check():
    mp.mp.dps = 30
    published = {("0.3", "1"): "0.45659440832969067", ("0.5", "1"): "0.42758357615580700",
                 ("0.9", "5"): "0.034431324804098424", ("0.7", "0.1"): "0.89756112693138678"}
    for (alpha, x), value in published.items():
        computed = mittag_leffler(mp.mpf(alpha), -mp.mpf(x))
        assert abs(computed - mp.mpf(value)) < 1e-16, (alpha, x, computed)
    for x in ["0.1", "1", "3"]:
        x = mp.mpf(x)
        closed = mp.exp(x * x) * mp.erfc(x)
        assert abs(mittag_leffler(mp.mpf("0.5"), -x) - closed) < mp.mpf(10) ** (-25)


def main():
    check()
    mp.mp.dps = 30
    with open("mittag-leffler-relaxation.csv", "w") as out:
        out.write("# y(t) = E_alpha(-lambda t^alpha), mpmath series; made by "
                  "mittag_leffler_table.py\n")
        out.write("alpha,lambda,t,y\n")
        for alpha in ALPHAS:
            for lam in LAMBDAS:
                for t in TIMES:
                    z = -mp.mpf(lam) * mp.power(mp.mpf(t), mp.mpf(alpha))
                    y = mittag_leffler(mp.mpf(alpha), z)
                    out.write(f"{alpha},{lam},{t},{mp.nstr(y, 20)}\n")


if __name__ == "__main__":
    main()
