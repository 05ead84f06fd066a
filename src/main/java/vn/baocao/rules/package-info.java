/**
 * The loader of {@code extraction-rules/}, below every stage (readers, section parser, extractors, checks, drafts use
 * it): the word lists and patterns of Vietnamese documents as TAB-separated files,
 * the defaults shipped with the program plus a user's own folder ({@code --rules DIR}).
 *
 * <p>Takes a folder (or nothing, for the defaults). Gives a {@link vn.baocao.rules.RuleSet} of
 * {@link vn.baocao.rules.RuleLine}s per file, or a {@link vn.baocao.rules.RuleException} naming
 * the file and line of a bad rule. Two helpers for running the rules' patterns over every text of an archive:
 * {@link vn.baocao.rules.LiteralAlternation} (a catalogue of names as one trie expression) and
 * {@link vn.baocao.rules.StartChars} (a pattern's matches, tried only where one can start).
 */
package vn.baocao.rules;
