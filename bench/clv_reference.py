"""The reference for bench/clv.bench.ts: the BG/NBD and Gamma-Gamma fits by
maximum likelihood with scipy.optimize.minimize(method='L-BFGS-B'), numpy and
scipy only.

The log-likelihoods are lifetimes' (BetaGeoFitter, GammaGammaFitter): over
the log-parameters, from 0.1 each; the objective is the mean negative
log-likelihood; the BG/NBD runs in time rescaled so that the oldest
customer's T is 1 (alpha converted back). They are computed as ours are:
identical histories once, weighted (lifetimes' `weights`), the special
functions once per distinct frequency, the gradient analytic. The stopping
rules are ours (shared/models/clv/lbfgs.ts): ftol 1e-14, gtol 1e-8, 10
corrections, at most 200 iterations.

Reads {"warmup", "runs", "frequency", "recency", "T", "monetary"} as JSON on
stdin. Writes one JSON line once each model has been fitted once (the first
fits, in milliseconds), then one with the median of `runs` fits after
`warmup` more, and what the fits found.
"""
import time

started = time.perf_counter()
import json  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402
from scipy.special import digamma, gammaln  # noqa: E402

IMPORT_MS = (time.perf_counter() - started) * 1000
OPTIONS = {"ftol": 1e-14, "gtol": 1e-8, "maxcor": 10, "maxiter": 200}


def by_frequency(x):
    """The distinct frequencies and where each row's is: the special functions run once per distinct one."""
    return np.unique(x, return_inverse=True)


def distinct_histories(*columns):
    """Identical histories contribute identical terms: one row each, weighted by their count (lifetimes' `weights`)."""
    rows, counts = np.unique(np.column_stack(columns), axis=0, return_counts=True)
    return (*rows.T, counts)


def bgnbd_log_likelihood(params, x, tx, T, weight, xs, slot):
    """The rows' total log-likelihood and its gradient in (r, alpha, a, b)."""
    r, alpha, a, b = params
    repeat = x > 0
    A1 = (gammaln(r + xs) - gammaln(r))[slot] + r * np.log(alpha)
    A2 = (gammaln(a + b) + gammaln(b + xs) - gammaln(b) - gammaln(a + b + xs))[slot]
    ln_alpha_T = np.log(alpha + T)
    ln_alpha_tx = np.log(alpha + tx)
    A3 = -(r + x) * ln_alpha_T
    # b + x - 1 is only read where x > 0; elsewhere A4 drops out.
    b_x_1 = np.where(repeat, b + x - 1, 1)
    A4 = np.where(repeat, np.log(a) - np.log(b_x_1) - (r + x) * ln_alpha_tx, -np.inf)
    top = np.maximum(A3, A4)
    e3, e4 = np.exp(A3 - top), np.exp(A4 - top)
    share3, share4 = e3 / (e3 + e4), e4 / (e3 + e4)
    ll = A1 + A2 + top + np.log(e3 + e4)
    dr = (digamma(r + xs) - digamma(r))[slot] + np.log(alpha) - share3 * ln_alpha_T - share4 * ln_alpha_tx
    dalpha = r / alpha - (r + x) * (share3 / (alpha + T) + share4 / (alpha + tx))
    da = (digamma(a + b) - digamma(a + b + xs))[slot] + share4 / a
    db = (digamma(a + b) + digamma(b + xs) - digamma(b) - digamma(a + b + xs))[slot] - share4 / b_x_1
    return weight @ ll, np.array([dr, dalpha, da, db]) @ weight


def gamma_gamma_log_likelihood(params, x, m, xs, slot):
    """The repeat buyers' total log-likelihood and its gradient in (p, q, v)."""
    p, q, v = params
    px = p * x
    ln_m = np.log(m)
    ln_total = np.log(x * m + v)
    ll = (gammaln(p * xs + q) - gammaln(p * xs) + p * xs * np.log(xs))[slot] - gammaln(q) + q * np.log(v) + (px - 1) * ln_m - (px + q) * ln_total
    dp = x * ((digamma(p * xs + q) - digamma(p * xs) + np.log(xs))[slot] + ln_m - ln_total)
    dq = digamma(p * xs + q)[slot] - digamma(q) + np.log(v) - ln_total
    dv = q / v - (px + q) / (x * m + v)
    return ll.sum(), np.array([dp, dq, dv]).sum(axis=1)


def fit(log_likelihood, size, n, *data):
    """Mean negative log-likelihood of the n customers, minimised over the log-parameters from 0.1, as lifetimes does."""

    def objective(log_params):
        params = np.exp(log_params)
        ll, gradient = log_likelihood(params, *data)
        # Chain rule to log-parameters: d/d ln(theta) = theta d/d theta.
        return -ll / n, -gradient * params / n

    result = minimize(objective, np.full(size, 0.1), jac=True, method="L-BFGS-B", options=OPTIONS)
    if not result.success:
        raise RuntimeError(f"the fit did not converge: {result.message}")
    return np.exp(result.x), result.nit


def fit_bgnbd(x, tx, T):
    scale = 1 / T.max()
    x, tx, T, weight = distinct_histories(x, tx, T)
    xs, slot = by_frequency(x)
    (r, alpha, a, b), iterations = fit(bgnbd_log_likelihood, 4, weight.sum(), x, tx * scale, T * scale, weight, xs, slot)
    params = np.array([r, alpha / scale, a, b])
    return {"params": dict(zip(["r", "alpha", "a", "b"], params.tolist())),
            "logLikelihood": bgnbd_log_likelihood(params, x, tx, T, weight, xs, slot)[0], "iterations": iterations}


def fit_gamma_gamma(x, m):
    xs, slot = by_frequency(x)
    params, iterations = fit(gamma_gamma_log_likelihood, 3, len(x), x, m, xs, slot)
    return {"params": dict(zip(["p", "q", "v"], params.tolist())),
            "logLikelihood": gamma_gamma_log_likelihood(params, x, m, xs, slot)[0], "iterations": iterations}


def timed_ms(run):
    start = time.perf_counter()
    result = run()
    return (time.perf_counter() - start) * 1000, result


def main():
    summary = json.load(sys.stdin)
    x, tx, T, m = (np.asarray(summary[k], dtype=float) for k in ("frequency", "recency", "T", "monetary"))
    spends = (x > 0) & (m > 0)
    fits = {"bgnbd": lambda: fit_bgnbd(x, tx, T), "gg": lambda: fit_gamma_gamma(x[spends], m[spends])}

    first = {name: timed_ms(run)[0] for name, run in fits.items()}
    print(json.dumps({"firstFitMs": first, "importMs": IMPORT_MS}), flush=True)

    warm, found = {}, {}
    for name, run in fits.items():
        for _ in range(summary["warmup"]):
            run()
        times = []
        for _ in range(summary["runs"]):
            elapsed, found[name] = timed_ms(run)
            times.append(elapsed)
        warm[name] = float(np.median(times))
    print(json.dumps({"warmFitMs": warm, "fits": found}), flush=True)


main()
