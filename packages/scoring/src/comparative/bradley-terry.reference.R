# Independent reference for bradley-terry.test.ts: the same penalised Bradley–Terry fit computed in R
# two ways, with base R only (BradleyTerry2 is not installed on the build machine):
#   1. glm(binomial) without intercept on the design x_winner = +1, x_loser = −1, the prior expressed as
#      pseudo-observations: for every item one row x_i = +1 with weight `prior` won, and one lost;
#   2. optim (BFGS) on the penalised log-likelihood written out, as a cross-check of (1).
# Abilities are centred on their mean; standard errors are those of the centred abilities, from
# glm's covariance V: Var(θ_i − θ̄) = V_ii − 2·mean_j V_ij + mean(V).
# Run: Rscript packages/scoring/src/comparative/bradley-terry.reference.R
prior <- 0.5
data <- read.table(text = "
e01 e07 j1
e06 e10 j2
e01 e06 j3
e05 e06 j4
e01 e03 j1
e04 e07 j2
e02 e04 j3
e03 e04 j4
e03 e10 j1
e02 e05 j2
e01 e07 j3
e04 e07 j4
e03 e10 j1
e01 e07 j2
e01 e08 j3
e02 e05 j4
e03 e06 j1
e01 e05 j2
e01 e02 j3
e03 e07 j4
e01 e05 j1
e04 e05 j2
e05 e04 j3
e06 e07 j4
e03 e02 j1
e07 e10 j2
e08 e05 j3
e03 e07 j4
e01 e04 j1
e07 e06 j2
e06 e08 j3
e05 e07 j4
e02 e04 j1
e01 e10 j2
e02 e08 j3
e05 e08 j4
e07 e08 j1
e09 e06 j2
e02 e10 j3
e01 e08 j4
e01 e03 j1
e03 e05 j2
e06 e08 j3
e08 e07 j4
e02 e10 j1
e02 e05 j2
e03 e10 j3
e01 e04 j4
", col.names = c("winner", "loser", "judge"), stringsAsFactors = FALSE)
items <- sprintf("e%02d", 1:10)
n <- length(items)
X <- matrix(0, nrow(data), n, dimnames = list(NULL, items))
X[cbind(seq_len(nrow(data)), match(data$winner, items))] <- 1
X[cbind(seq_len(nrow(data)), match(data$loser, items))] <- -1
pseudo <- diag(n)
colnames(pseudo) <- items
design <- rbind(X, pseudo, pseudo)
won <- c(rep(1, nrow(data)), rep(1, n), rep(0, n))
weight <- c(rep(1, nrow(data)), rep(prior, 2 * n))
model <- suppressWarnings(glm(won ~ design - 1, family = binomial, weights = weight,
  control = glm.control(epsilon = 1e-14, maxit = 100)))
theta <- unname(coef(model))
V <- unname(vcov(model))
centred <- theta - mean(theta)
se <- sqrt(diag(V) - 2 * rowMeans(V) + mean(V))

penalised <- function(t) {
  d <- t[match(data$winner, items)] - t[match(data$loser, items)]
  sum(plogis(d, log.p = TRUE)) + prior * sum(plogis(t, log.p = TRUE) + plogis(-t, log.p = TRUE))
}
byOptim <- optim(rep(0, n), function(t) -penalised(t), method = "BFGS",
  control = list(reltol = 1e-16, maxit = 1000))$par
cat(sprintf("max |glm − optim| on centred abilities: %.2e\n", max(abs(centred - (byOptim - mean(byOptim))))))
cat(sprintf("SSR: %.6f\n", (mean((centred - mean(centred))^2) - mean(se^2)) / mean((centred - mean(centred))^2)))
for (i in seq_len(n)) cat(sprintf("  { id: '%s', ability: %.6f, standardError: %.6f },\n", items[i], centred[i], se[i]))
