/**
 * Measurements and synthetic archives: {@code baocao bench} (import vs Tika alone, search percentiles at two
 * archive sizes, draft and start-up times; see BENCHMARKS.md) and {@code baocao synth} (a realistic
 * synthetic archive built from the corpus reports, deterministic for a seed).
 */
package vn.baocao.bench;
