package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Paragraph;
import vn.baocao.rules.LayoutCues;

/**
 * The bottom of a document (Nghị định 30/2020, Phụ lục I): the signature block — authority mark, signer's title,
 * signer's name — and the items under "Nơi nhận", from the closing paragraphs. Words from {@code layout-cues.tsv}.
 */
final class ClosingBlock {

    private static final Pattern SIGN_MARK = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s*(.*)$");
    private final Pattern signTitle;
    private static final Pattern PERSON =
            Pattern.compile("^(?:\\p{Lu}[\\p{Ll}]*|\\p{Lu}+)(?:\\s+(?:\\p{Lu}[\\p{Ll}]*|\\p{Lu}+)){1,5}$");
    private final Pattern recipientsLine;
    /** A title signed without an authority mark ("CHỦ TỊCH"): found anywhere in the line. */
    private final Pattern soleSigner;
    /** The opening of a line that is not the signer's name ("Nơi nhận:", "Lưu: VT"). */
    private final Pattern notName;

    /** The patterns from the rules' layout cues. */
    ClosingBlock(LayoutCues cues) {
        signTitle = cues.pattern("^(", "signer-title", "|[\\p{Lu} ]{4,40})$", 0);
        recipientsLine = cues.pattern("^", "recipients", "\\s*:?\\s*(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
        soleSigner = cues.pattern("", "sole-signer", "", 0);
        notName = cues.pattern("", "not-signer-name", "", 0);
    }

    /** The authority mark ("TM. ỦY BAN NHÂN DÂN"), the signer's title and name; each may be null. */
    record Signature(String mark, String title, String name) {}

    /**
     * The signature block: an authority mark line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's
     * title line, then (possibly after the recipients list) the signer's name.
     */
    Signature signature(List<Paragraph> closing) {
        String mark = null;
        String title = null;
        String name = null;
        boolean afterTitle = false;
        List<String> lines = closing.stream()
                .flatMap(p -> p.text().strip().lines().map(String::strip).filter(l -> !l.isEmpty()))
                .toList();
        {
            for (int k = 0; k < lines.size(); k++) {
                String l = lines.get(k);
                if (mark == null) {
                    Matcher m = SIGN_MARK.matcher(l);
                    if (m.matches() && VietnameseText.isUpperCaseText(m.group(2).isEmpty() ? "X" : m.group(2))) {
                        mark = VietnameseText.collapseSpaces(l);
                        if (k + 1 < lines.size()
                                && signTitle.matcher(lines.get(k + 1)).matches()) {
                            title = VietnameseText.collapseSpaces(lines.get(k + 1));
                            k++;
                        } else {
                            title = VietnameseText.collapseSpaces(m.group(2));
                        }
                        afterTitle = true;
                        continue;
                    }
                    if (title == null
                            && signTitle.matcher(l).matches()
                            && soleSigner.matcher(l).find()) {
                        title = VietnameseText.collapseSpaces(l);
                        afterTitle = true;
                        continue;
                    }
                }
                if (afterTitle && name == null && isPersonName(l)) {
                    name = VietnameseText.collapseSpaces(l);
                }
            }
        }
        return new Signature(mark, title, name);
    }

    private boolean isPersonName(String l) {
        String s = l.replaceAll("[*_]", "").strip();
        if (!PERSON.matcher(s).matches() || notName.matcher(s).lookingAt()) {
            return false;
        }
        String fold = VietnameseText.fold(s);
        return !fold.contains("uy ban")
                && !fold.contains("chu tich")
                && !fold.startsWith("noi nhan")
                && !fold.contains("ubnd");
    }

    /** Items under "Nơi nhận": lines starting with "-" or "+", leading dash and trailing ";,." removed. */
    List<String> recipients(List<Paragraph> closing) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (Paragraph p : closing) {
            String text = p.text().strip();
            Matcher m = recipientsLine.matcher(text);
            List<String> lines;
            if (!in && m.matches()) {
                in = true;
                lines = m.group(1).lines().toList();
            } else if (in) {
                lines = text.lines().toList();
            } else {
                continue;
            }
            boolean any = false;
            for (String line : lines) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("-") || l.startsWith("+") || l.startsWith("•")) {
                    String item =
                            l.substring(1).strip().replaceAll("[;,.]+$", "").strip();
                    if (!item.isEmpty()) {
                        out.add(item);
                        any = true;
                    }
                } else if (!out.isEmpty()) {
                    return out;
                }
            }
            if (in && !any && !out.isEmpty()) {
                return out;
            }
        }
        return out;
    }
}
