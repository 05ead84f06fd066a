package vn.baocao.extract;

/**
 * A mention of another document (văn bản) in a report: "Kế hoạch số 75/KH-UBND ngày 24/01/2025 …",
 * "Nghị định 61/2018/NĐ-CP", "Công văn số 2119/PNV", "Luật Ngân sách".
 *
 * @param type      type code: the symbol's own type code when it has one (KH, QĐ, NĐ, TT, NQ, CT, TB, BC,
 *                  CK, HD, ĐA, …), CV for công văn, L for luật
 * @param typeName  the type as named in the text, capitalized ("Kế hoạch", "Công văn")
 * @param number    the number as written ("04"), or null for a bare law name
 * @param year      the year segment of the symbol (61/2018/NĐ-CP → 2018), else null
 * @param symbol    the symbol as written with white space removed ("1390/QĐ-UBND-HC", "12-KH-UBND")
 * @param canonical a canonical symbol that variant spellings share ("12/KH-UBND" for "12-KH-UBND")
 * @param date      the issue date stated with the mention, ISO, or null
 * @param issuer    the issuer stated with the mention ("UBND tỉnh Đồng Tháp"), or null
 * @param subject   the subject after "về …", or null
 * @param text      the surface text of the mention
 * @param start     start offset of the mention in the unit text
 * @param end       end offset (exclusive)
 * @param line      the unit's line
 * @param section   the unit's section path
 * @param span      where the mention is in the report
 */
public record Reference(
        String type,
        String typeName,
        String number,
        Integer year,
        String symbol,
        String canonical,
        String date,
        String issuer,
        String subject,
        String text,
        int start,
        int end,
        int line,
        String section,
        Span span) {}
