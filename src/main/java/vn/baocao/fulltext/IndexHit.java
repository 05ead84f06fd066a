package vn.baocao.fulltext;

import java.util.List;

/**
 * A document found in the search index, with the stored fields the queries use.
 *
 * @param issuer  the issuer as written
 * @param title   the section's number and title, or the report's title
 * @param text    the document's text as indexed
 * @param symbols the canonical document symbols it cites
 */
public record IndexHit(
        long reportId,
        String kind,
        String sectionPath,
        String issuer,
        String title,
        String text,
        List<String> symbols,
        float score) {}
