package vn.baocao.extract;

/**
 * One thing a report promises for the next period: an item of a part of the outline that says what comes next
 * (PHƯƠNG HƯỚNG, NHIỆM VỤ … TỚI, KIẾN NGHỊ: {@link SectionRoles}), or a sentence of the body saying "cam kết …".
 *
 * @param kind    {@code task} (an item of a forward part: directions and tasks), {@code proposal} (an item of a
 *                KIẾN NGHỊ, ĐỀ XUẤT part) or {@code pledge} (a "cam kết" sentence)
 * @param text    the item text, list marker removed
 * @param section the path of the section it was found in
 * @param line    where it starts in the source
 * @param span    where the item is in the report (its whole line or sentence as written, list marker included)
 */
public record Commitment(String kind, String text, String section, int line, Span span) {}
