package org.fracdyn.nn.llc;

import java.util.EnumSet;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SGLD estimator of the local learning coefficient of Lau, Furman, Wang, Murfet and Wei,
 * "The local learning coefficient: a singularity-aware complexity measure" (2024,
 * arXiv:2308.12108):
 *
 * <pre>
 *   lambda_hat(w*) = n beta (E_w[L_n(w)] - L_n(w*)),   beta = 1 / ln n by default,
 * </pre>
 *
 * the expectation over the localised tempered posterior
 * {@code p(w) ~ exp(-n beta L_n(w) - (gamma / 2) ||w - w*||^2)}, sampled by SGLD chains started
 * at w*:
 *
 * <pre>
 *   w_{t+1} = w_t - (epsilon / 2) (beta n grad L_B(w_t) + gamma (w_t - w*)) + N(0, epsilon I).
 * </pre>
 *
 * <p>Each draw (after burn-in) contributes L_B(w_t) - L_B(w*), with the same minibatch B at w_t
 * and at w*: an unbiased estimate of L_n(w_t) - L_n(w*) with far less variance than L_B(w_t)
 * alone (the batch-to-batch fluctuation of the loss cancels). With a full batch the two
 * coincide.
 *
 * <p>Known biases, to be controlled by the settings: a finite gamma shrinks the estimate (for a
 * quadratic loss by the factor n beta / (n beta + gamma)); a finite step size inflates it (for
 * a quadratic loss with curvature a by 1 / (1 - epsilon a / 4)); minibatch gradient noise
 * inflates it further (by about epsilon (n beta)^2 Var(grad l) / (4 m) relative).
 *
 * <p>Chains are run one after another, each from its own split of one seeded L64X128MixRandom,
 * so the result depends on the seed only.
 */
public final class LlcEstimator {

    private static final Logger LOG = LoggerFactory.getLogger(LlcEstimator.class);
    private static final int MAX_TRACE_POINTS = 10_000;

    private LlcEstimator() {
    }

    /**
     * Estimates the local learning coefficient at w*.
     *
     * @param model the loss
     * @param optimum w* (length d; not modified)
     * @param config the sampler settings
     * @return the estimate and its diagnostics
     */
    public static LlcEstimate estimate(LossModel model, double[] optimum, LlcConfig config) {
        int d = model.dimension();
        int n = model.sampleCount();
        if (optimum.length != d) {
            throw new IllegalArgumentException("optimum.length = " + optimum.length
                + ": expected the model's dimension " + d);
        }
        if (n < 2) {
            throw new IllegalArgumentException("sampleCount = " + n + ": expected >= 2");
        }
        double beta = config.inverseTemperatureFor(n);
        double nBeta = n * beta;
        boolean fullBatch = config.batchSize() >= n;
        double lossAtOptimum = model.loss(optimum, null);
        int stride = Math.max(1, (config.draws() + MAX_TRACE_POINTS - 1) / MAX_TRACE_POINTS);
        int tracePoints = (config.draws() + stride - 1) / stride;

        RandomGenerator.SplittableGenerator root = (RandomGenerator.SplittableGenerator)
            RandomGeneratorFactory.of("L64X128MixRandom").create(config.seed());
        double[] chainEstimates = new double[config.chains()];
        double[][] traces = new double[config.chains()][tracePoints];
        EnumSet<LlcWarning> warnings = EnumSet.noneOf(LlcWarning.class);
        double[] w = new double[d];
        double[] gradient = new double[d];
        int[] order = new int[n];
        int[] batch = fullBatch ? null : new int[config.batchSize()];
        double noise = Math.sqrt(config.stepSize());
        double half = config.stepSize() / 2;
        double gamma = config.localisation();

        for (int c = 0; c < config.chains(); c++) {
            RandomGenerator random = root.split();
            System.arraycopy(optimum, 0, w, 0, d);
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int position = n;
            double sum = 0;
            double firstQuarter = 0;
            double lastQuarter = 0;
            int quarter = config.draws() / 4;
            boolean failed = false;
            int total = config.burnIn() + config.draws();
            for (int t = 0; t < total && !failed; t++) {
                if (!fullBatch) {
                    for (int k = 0; k < batch.length; k++) {
                        if (position == n) {
                            position = 0;
                        }
                        int j = position + random.nextInt(n - position);
                        int swap = order[position];
                        order[position] = order[j];
                        order[j] = swap;
                        batch[k] = order[position++];
                    }
                }
                double loss = model.lossAndGradient(w, batch, gradient);
                if (!Double.isFinite(loss)) {
                    failed = true;
                    break;
                }
                int draw = t - config.burnIn();
                if (draw >= 0) {
                    double reference = fullBatch ? lossAtOptimum : model.loss(optimum, batch);
                    double increase = loss - reference;
                    sum += increase;
                    if (draw < quarter) {
                        firstQuarter += increase;
                    } else if (draw >= config.draws() - quarter) {
                        lastQuarter += increase;
                    }
                    traces[c][draw / stride] += loss / Math.min(stride,
                        config.draws() - (draw / stride) * stride);
                }
                for (int k = 0; k < d; k++) {
                    w[k] += -half * (nBeta * gradient[k] + gamma * (w[k] - optimum[k]))
                        + noise * random.nextGaussian();
                    if (!Double.isFinite(w[k])) {
                        failed = true;
                    }
                }
            }
            if (failed) {
                chainEstimates[c] = Double.NaN;
                warnings.add(LlcWarning.NON_FINITE_CHAIN);
                LOG.debug("LLC chain {} produced a non-finite loss and is left out", c);
                continue;
            }
            chainEstimates[c] = nBeta * sum / config.draws();
            if (quarter > 0 && lastQuarter > config.divergenceFactor() * Math.abs(firstQuarter)
                && lastQuarter > 0) {
                warnings.add(LlcWarning.GROWING_CHAIN);
            }
        }

        double sum = 0;
        double squares = 0;
        int usable = 0;
        for (double estimate : chainEstimates) {
            if (!Double.isNaN(estimate)) {
                sum += estimate;
                squares += estimate * estimate;
                usable++;
            }
        }
        double lambdaHat = usable == 0 ? Double.NaN : sum / usable;
        double standardError = usable < 2 ? Double.NaN
            : Math.sqrt(Math.max(0, (squares - usable * lambdaHat * lambdaHat) / (usable - 1))
                / usable);
        if (usable == 0) {
            warnings.add(LlcWarning.NO_ESTIMATE);
        } else if (lambdaHat < 0) {
            warnings.add(LlcWarning.NEGATIVE_ESTIMATE);
        }
        LOG.debug("LLC estimate {} +- {} (beta {}, n {}, {} usable chains)", lambdaHat,
            standardError, beta, n, usable);
        return new LlcEstimate(lambdaHat, standardError, chainEstimates, beta, n, lossAtOptimum,
            traces, stride, warnings.isEmpty() ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(warnings));
    }
}
