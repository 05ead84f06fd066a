package vn.baocao.extract;

/**
 * One thing a report promises for the next period: an item under PHƯƠNG HƯỚNG / NHIỆM VỤ … THỜI GIAN
 * TỚI / GIẢI PHÁP, or a sentence of the body saying "cam kết …".
 *
 * @param kind    {@code task} (an item of a directions/tasks section) or {@code pledge} (a "cam kết" sentence)
 * @param text    the item text, list marker removed
 * @param section the path of the section it was found in
 * @param line    where it starts in the source
 */
public record Commitment(String kind, String text, String section, int line) {
}
