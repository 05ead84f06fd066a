package vn.baocao.extract;

import java.util.List;

/**
 * What a report says about itself.
 *
 * @param docType     abbreviation of its document type ("BC" for báo cáo)
 * @param symbol      its số/ký hiệu as written after "Số:", white space removed ("/BC-UBND" while unnumbered)
 * @param issuer      "UBND &lt;level&gt; &lt;name&gt;" for a people's committee, else the body's name; null if unknown
 * @param issuerLevel tỉnh, thành phố, huyện, quận, thị xã, xã, phường or thị trấn; null if unknown
 * @param place       the place name of the date line
 * @param date        ISO date, possibly partial ("2024-03", "2024") when the day or month is left blank
 * @param period      the period reported on
 * @param title       the trích yếu under "BÁO CÁO", lines joined by a space
 * @param draft       marked DỰ THẢO
 * @param signer      the signer's name
 * @param signerTitle the signer's title ("CHỦ TỊCH", "PHÓ CHỦ TỊCH")
 * @param signerMark  the authority mark before it ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), or null
 * @param recipients  the items under "Nơi nhận"
 * @param issuerParent the parent body the issuer stands under in the header ("UBND tỉnh Lâm Đồng" above "SỞ NỘI
 *                     VỤ"), or null
 */
public record ReportMetadata(
        String docType,
        String symbol,
        String issuer,
        String issuerLevel,
        String place,
        String date,
        Period period,
        String title,
        boolean draft,
        String signer,
        String signerTitle,
        String signerMark,
        List<String> recipients,
        String issuerParent) {

    public ReportMetadata {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** Metadata of an issuer without a parent body. */
    public ReportMetadata(
            String docType,
            String symbol,
            String issuer,
            String issuerLevel,
            String place,
            String date,
            Period period,
            String title,
            boolean draft,
            String signer,
            String signerTitle,
            String signerMark,
            List<String> recipients) {
        this(
                docType,
                symbol,
                issuer,
                issuerLevel,
                place,
                date,
                period,
                title,
                draft,
                signer,
                signerTitle,
                signerMark,
                recipients,
                null);
    }
}
