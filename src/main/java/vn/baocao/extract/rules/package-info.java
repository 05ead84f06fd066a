/**
 * The loader of {@code extraction-rules/}: the word lists and patterns of extraction as TAB-separated files,
 * the defaults shipped with the program plus a user's own folder ({@code --rules DIR}).
 *
 * <p>Takes a folder (or nothing, for the defaults). Gives a {@link vn.baocao.extract.rules.RuleSet} of
 * {@link vn.baocao.extract.rules.RuleLine}s per file, or a {@link vn.baocao.extract.rules.RuleException} naming
 * the file and line of a bad rule.
 */
package vn.baocao.extract.rules;
