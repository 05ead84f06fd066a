/**
 * Measurements and synthetic archives: {@code baocao bench} (import vs Tika alone, search percentiles at two
 * archive sizes, draft and start-up times; see BENCHMARKS.md) and {@code baocao synth} (a realistic
 * synthetic archive built from the corpus reports, deterministic for a seed). Their data — the words units and
 * signers are made of, the query mix — are resource files beside the classes ({@code synthetic-vocabulary.tsv},
 * {@code query-mix.tsv}); the grammar they use (dates, periods, levels, the councils' names) is the extraction's.
 */
package vn.baocao.bench;
