/**
 * Stage 7a, <b>cli</b>: the {@code baocao} command line (picocli), every message in Vietnamese.
 *
 * <p>Takes arguments. Gives the commands of README's table (extract, check, import, search, refs,
 * commitments, figures, reports, show, draft, synth, bench, serve) with exit codes 0 / 1 / 2 (usage) / 3 (an
 * input file cannot be read). Entry point: {@link vn.baocao.cli.Main}.
 */
package vn.baocao.cli;
