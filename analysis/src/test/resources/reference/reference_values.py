"""Independent reference values for the analysis tests.

Computed with mpmath at 50 significant digits from the textbook definitions (exact binomial and
hypergeometric sums, Clopper-Pearson as beta quantiles solved by root finding), not with the Java code.
Run: python3 reference_values.py
"""
from mpmath import mp, mpf, binomial, betainc, findroot, sqrt

mp.dps = 50


def pmf(i, n, p):
    return binomial(n, i) * p**i * (1 - p)**(n - i)


def upper(k, n, p):
    return sum(pmf(i, n, p) for i in range(k, n + 1))


def lower(k, n, p):
    return sum(pmf(i, n, p) for i in range(0, k + 1))


def two_sided(k, n, p):
    d = pmf(k, n, p) * (1 + mpf('1e-7'))
    return min(1, sum(pmf(i, n, p) for i in range(n + 1) if pmf(i, n, p) <= d))


def beta_quantile(q, a, b):
    f = lambda x: betainc(a, b, 0, x, regularized=True) - q
    # bisection: monotone, robust
    lo, hi = mpf(0), mpf(1)
    for _ in range(300):
        mid = (lo + hi) / 2
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def cp(k, n, conf=mpf('0.95')):
    a = 1 - conf
    lo = 0 if k == 0 else beta_quantile(a / 2, k, n - k + 1)
    hi = 1 if k == n else beta_quantile(1 - a / 2, k + 1, n - k)
    return lo, hi


def hyper(x, a, b, c, d):
    n1 = a + b
    m = a + c
    N = a + b + c + d
    return binomial(m, x) * binomial(N - m, n1 - x) / binomial(N, n1)


def fisher(a, b, c, d):
    n1, m, N = a + b, a + c, a + b + c + d
    lo, hi = max(0, n1 - (N - m)), min(n1, m)
    ps = {x: hyper(x, a, b, c, d) for x in range(lo, hi + 1)}
    obs = ps[a] * (1 + mpf('1e-7'))
    return (sum(v for x, v in ps.items() if x >= a), sum(v for x, v in ps.items() if x <= a),
            min(1, sum(v for v in ps.values() if v <= obs)))


def show(label, *values):
    print(label, ' '.join(mp.nstr(v, 15) for v in values))


show('cp 0/10', *cp(0, 10))
show('cp 10/10', *cp(10, 10))
show('cp 5/10', *cp(5, 10))
show('cp 682/925', *cp(682, 925))
show('cp 339/870', *cp(339, 870))
show('cp 3/1000', *cp(3, 1000))
show('cp 1/1', *cp(1, 1))
show('cp 0/1', *cp(0, 1))
show('cp 4/6', *cp(4, 6))
show('binom 682/925 p=.75 two', two_sided(682, 925, mpf(3) / 4))
show('binom 682/925 p=.75 upper lower', upper(682, 925, mpf(3) / 4), lower(682, 925, mpf(3) / 4))
show('binom 339/870 p=.791 lower two', lower(339, 870, mpf('0.791')), two_sided(339, 870, mpf('0.791')))
show('binom 4/6 p=.1 upper two', upper(4, 6, mpf('0.1')), two_sided(4, 6, mpf('0.1')))
show('binom 15/405 p=.154 lower two', lower(15, 405, mpf('0.154')), two_sided(15, 405, mpf('0.154')))
show('sd castaneda', (339 - 870 * mpf('0.791')) / sqrt(870 * mpf('0.791') * mpf('0.209')))
show('sd hazelwood 15.4', (15 - 405 * mpf('0.154')) / sqrt(405 * mpf('0.154') * mpf('0.846')))
show('sd hazelwood 5.7', (15 - 405 * mpf('0.057')) / sqrt(405 * mpf('0.057') * mpf('0.943')))
show('fisher 3 1 1 3', *fisher(3, 1, 1, 3))
show('fisher 8 2 1 5', *fisher(8, 2, 1, 5))
show('fisher 2 15 10 3', *fisher(2, 15, 10, 3))
show('fisher 4 2 3 197', *fisher(4, 2, 3, 197))
show('fisher 6 0 20 980', *fisher(6, 0, 20, 980))
show('fisher 4 2 30 164 (4/6 vs 30/194)', *fisher(4, 2, 30, 164))
show('binom 4/6 p=30/194 upper two', upper(4, 6, mpf(30) / 194), two_sided(4, 6, mpf(30) / 194))
show('cp 4/6 / (30/194)', *[x / (mpf(30) / 194) for x in cp(4, 6)])
show('sd 4/6 p=30/194', (4 - 6 * mpf(30) / 194) / sqrt(6 * mpf(30) / 194 * (1 - mpf(30) / 194)))
show('fisher 3 3 0 100 (benchmark rate 0)', *fisher(3, 3, 0, 100))
show('fisher 3 3 100 0 (benchmark rate 1)', *fisher(3, 3, 100, 0))
show('fisher 2 1 3 6 (leaders 2/3 vs others 3/9)', *fisher(2, 1, 3, 6))
show('binom 2/3 p=1/3 upper two', upper(2, 3, mpf(1) / 3), two_sided(2, 3, mpf(1) / 3))
show('cp 2/3', *cp(2, 3))
show('cp 339/870 / 0.791', *[x / mpf('0.791') for x in cp(339, 870)])
show('binom 9/40 p=.05 upper two less', upper(9, 40, mpf('0.05')), two_sided(9, 40, mpf('0.05')), lower(9, 40, mpf('0.05')))
show('cp 9/40 / .05', *[x / mpf('0.05') for x in cp(9, 40)])
show('sd 9/40 .05', (9 - 40 * mpf('0.05')) / sqrt(40 * mpf('0.05') * mpf('0.95')))
