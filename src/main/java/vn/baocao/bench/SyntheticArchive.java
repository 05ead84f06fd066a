package vn.baocao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.baocao.draft.PeriodRollForward;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.FigureExtractor;
import vn.baocao.extract.Issuers;
import vn.baocao.extract.Passage;
import vn.baocao.extract.Period;
import vn.baocao.extract.PeriodGrammar;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReferenceExtractor;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.VietnameseDates;
import vn.baocao.extract.VietnameseNumbers;
import vn.baocao.read.ReadException;
import vn.baocao.rules.LiteralAlternation;
import vn.baocao.rules.RuleSet;

/**
 * Builds realistic synthetic archives from the corpus reports: units of every level with names of
 * their own, consecutive reporting periods (Quý I, 6 tháng, Quý III, năm — the CCHC cycle), figures that
 * evolve over time, plan numbers that recur within a year and renew each year, and the same commitments
 * carried from one period to the next (each unit keeps its template's "phương hướng"). Deterministic for a
 * seed. Each report is written as the Word-export TXT the corpus uses, and optionally as DOCX.
 */
public final class SyntheticArchive {

    /** What to build. */
    public record Options(
            int units, int years, int firstYear, List<String> formats, long seed, Path corpus, Path out) {}

    /** One report written. */
    public record Report(Path txt, String issuer, Period period) {}

    /** The words units and signers are made of ({@code synthetic-vocabulary.tsv}), read once. */
    private static final Map<String, List<String>> VOCABULARY = BenchData.read("synthetic-vocabulary.tsv");

    private static final List<String> SYLLABLES = BenchData.values(VOCABULARY, "place-syllable");
    private static final List<String> SURNAMES = BenchData.values(VOCABULARY, "surname");
    private static final List<String> MIDDLE = BenchData.values(VOCABULARY, "middle-name");
    private static final List<String> GIVEN = BenchData.values(VOCABULARY, "given-name");
    /** The CCHC reporting cycle of one year. */
    private static final List<Period.Kind> CYCLE =
            List.of(Period.Kind.QUARTER, Period.Kind.HALF, Period.Kind.QUARTER, Period.Kind.YEAR);

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<!\\d)(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    /** A year after "năm" (case ignored for ASCII letters only, as the templates' own years are written). */
    private static final Pattern YEAR_WORD = Pattern.compile(PeriodGrammar.YEAR_WORD, Pattern.CASE_INSENSITIVE);

    /** A corpus report used as the model of a unit's reports. */
    private record Template(
            String name, String text, String level, String place, Period period, String signer, boolean commune) {
        /**
         * The template's level word after the name of a people's committee or council as written ("UBND Phường",
         * "Ủy ban nhân dân phường", "ỦY BAN NHÂN DÂN PHƯỜNG"; the name's case as listed or all capitals).
         */
        Pattern levelWord(String councils) {
            return Pattern.compile("(?<=" + councils + "\\s)(?iu)" + Pattern.quote(level) + "(?![\\p{L}\\d])");
        }
    }

    /** A synthetic unit: its level, name, template, size and trend. */
    private record Unit(String level, String name, Template template, double scale, double trend, String signer) {
        String slug() {
            return vn.baocao.normalize.VietnameseText.fold(level + "-" + name).replaceAll("[^a-z0-9]+", "-");
        }
    }

    private final ReferenceExtractor references;
    private final FigureExtractor figures;
    private final ReportExtractor extractor;
    /** The levels of commune units and of district units, as {@code administrative-levels.tsv} names them. */
    private final List<String> communeLevels;

    private final List<String> districtLevels;
    /** The words a report's text is rolled to its period by, made once. */
    private final PeriodRollForward.Cues rollCues;
    /** The spellings of the councils' names as a lookbehind alternation ({@link Template#levelWord}). */
    private final String councils;

    public SyntheticArchive(RuleSet rules) {
        this.rollCues = PeriodRollForward.Cues.of(rules.layoutCues());
        this.references = new ReferenceExtractor(rules);
        this.figures = new FigureExtractor(rules);
        this.extractor = new ReportExtractor(rules);
        Issuers issuers = new Issuers(rules);
        this.communeLevels = levels(issuers, "commune-level");
        this.districtLevels = levels(issuers, "district-level");
        Set<String> spellings = new LinkedHashSet<>();
        for (String w : issuers.levelNameSpellings()) {
            spellings.add(w);
            spellings.add(w.toUpperCase(Locale.ROOT));
        }
        this.councils = LiteralAlternation.exact(spellings);
    }

    /** The levels of a kind of the vocabulary, each one of {@code administrative-levels.tsv}. */
    private static List<String> levels(Issuers issuers, String kind) {
        List<String> out = new ArrayList<>();
        for (String w : BenchData.values(VOCABULARY, kind)) {
            String level = issuers.level(w);
            if (!issuers.levels().contains(level)) {
                throw new IllegalStateException(kind + " «" + w + "» is no level of " + Issuers.LEVELS_FILE);
            }
            out.add(level);
        }
        return List.copyOf(out);
    }

    /** The corpus of the installation: {@code corpus/} beside the launcher ({@code baocao.home}), else here. */
    public static Path defaultCorpus() {
        String home = System.getProperty("baocao.home");
        return home != null ? Path.of(home, "corpus") : Path.of("corpus");
    }

    /** Writes the archive; calls {@code progress} after each report. Returns the reports written. */
    public List<Report> write(Options o, Consumer<Report> progress) throws IOException {
        List<Template> templates = templates(o.corpus());
        if (templates.isEmpty()) {
            throw new IOException("Không có báo cáo mẫu (*.txt) trong thư mục «" + o.corpus() + "»");
        }
        SplittableRandom random = new SplittableRandom(o.seed());
        List<Unit> units = units(o.units(), templates, communeLevels, districtLevels, random);
        DocxRendition docx = o.formats().contains("docx") ? new DocxRendition(extractor.rules()) : null;
        List<Report> out = new ArrayList<>();
        for (Unit u : units) {
            Path dir = Files.createDirectories(o.out().resolve(u.slug()));
            int step = 0;
            for (int y = o.firstYear(); y < o.firstYear() + o.years(); y++) {
                for (int i = 0; i < CYCLE.size(); i++) {
                    Period.Kind kind = CYCLE.get(i);
                    Period p = kind == Period.Kind.QUARTER ? Period.quarter(i + 1, y) : Period.of(kind, y);
                    String text = report(
                            u,
                            p,
                            step++,
                            new SplittableRandom(o.seed() ^ (u.slug().hashCode() * 31L + step)));
                    String base = y + "-" + fileLabel(p);
                    Path txt = dir.resolve(base + ".txt");
                    if (o.formats().contains("txt") || docx != null) {
                        Files.writeString(txt, text, StandardCharsets.UTF_8);
                    }
                    if (docx != null) {
                        docx.write(txt, dir.resolve(base + ".docx"));
                        if (!o.formats().contains("txt")) {
                            Files.delete(txt);
                        }
                    }
                    Report r = new Report(txt, "UBND " + u.level() + " " + u.name(), p);
                    out.add(r);
                    progress.accept(r);
                }
            }
        }
        return out;
    }

    private static String fileLabel(Period p) {
        return switch (p.kind()) {
            case QUARTER -> "Q" + p.number();
            case HALF -> "6T";
            case NINE_MONTHS -> "9T";
            default -> "nam";
        };
    }

    private List<Template> templates(Path corpus) throws IOException {
        List<Template> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            Extraction x;
            try {
                x = extractor.extract(f);
            } catch (ReadException e) {
                continue;
            }
            var m = x.metadata();
            if (m.issuerLevel() == null
                    || m.place() == null
                    || m.period() == null
                    || m.period().year() == null) {
                continue;
            }
            String place = m.issuer() != null && m.issuer().startsWith("UBND " + m.issuerLevel() + " ")
                    ? m.issuer().substring(("UBND " + m.issuerLevel() + " ").length())
                    : m.place();
            out.add(new Template(
                    f.getFileName().toString(),
                    Files.readString(f, StandardCharsets.UTF_8),
                    m.issuerLevel(),
                    place,
                    m.period(),
                    m.signer(),
                    communeLevels.contains(m.issuerLevel())));
        }
        return out;
    }

    private static List<Unit> units(
            int n,
            List<Template> templates,
            List<String> communeLevels,
            List<String> districtLevels,
            SplittableRandom random) {
        Set<String> names = new LinkedHashSet<>();
        List<Unit> out = new ArrayList<>();
        while (out.size() < n) {
            String name = SYLLABLES.get(random.nextInt(SYLLABLES.size())) + " "
                    + SYLLABLES.get(random.nextInt(SYLLABLES.size()));
            if (name.split(" ")[0].equals(name.split(" ")[1])
                    || !names.add(name) && names.size() < SYLLABLES.size() * SYLLABLES.size() / 2) {
                continue;
            }
            boolean commune = out.size() % 4 != 3; // three communes for each district-level unit
            List<Template> pool =
                    templates.stream().filter(t -> t.commune() == commune).toList();
            if (pool.isEmpty()) {
                pool = templates;
            }
            Template t = pool.get(random.nextInt(pool.size()));
            List<String> levels = commune ? communeLevels : districtLevels;
            String level = levels.get(random.nextInt(levels.size()));
            String suffix = out.size() >= names.size() ? " " + (out.size() + 1) : "";
            String signer = SURNAMES.get(random.nextInt(SURNAMES.size())) + " "
                    + MIDDLE.get(random.nextInt(MIDDLE.size())) + " " + GIVEN.get(random.nextInt(GIVEN.size()));
            out.add(new Unit(
                    level,
                    name + suffix,
                    t,
                    0.5 + random.nextDouble() * 1.5,
                    -0.05 + random.nextDouble() * 0.2,
                    signer));
        }
        out.sort(Comparator.comparing(Unit::slug));
        return out;
    }

    /** One report of a unit for a period: the template's text moved to the unit, the year and the period. */
    String report(Unit u, Period target, int step, SplittableRandom random) {
        Template t = u.template();
        int shift = target.year() - t.period().year();
        StringBuilder out = new StringBuilder();
        PeriodRollForward roll = new PeriodRollForward(t.period().withYear(target.year()), target, rollCues);
        Pattern levelWord = t.levelWord(councils);
        for (String line : t.text().split("\n", -1)) {
            out.append(line(u, line, shift, roll, levelWord, target, step, random))
                    .append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private String line(
            Unit u,
            String line,
            int shift,
            PeriodRollForward roll,
            Pattern levelWord,
            Period target,
            int step,
            SplittableRandom random) {
        if (line.isBlank()) {
            return line;
        }
        Passage unit = new Passage(line, 0, "");
        List<Reference> refs = references.extract(unit);
        List<Figure> figs = figures.extract(unit, refs);
        List<PeriodRollForward.Edit> edits = new ArrayList<>();
        for (Reference r : refs) {
            if (r.number() != null
                    && r.year() == null
                    && r.symbol() != null
                    && r.symbol().contains("UBND")) {
                edits.add(renumber(u, line, r, target.year()));
            }
        }
        for (Figure f : figs) {
            if (f.start() >= 0) {
                edits.add(new PeriodRollForward.Edit(
                        f.start(), f.end(), evolve(line.substring(f.start(), f.end()), f, u, step, random)));
            }
        }
        String text = PeriodRollForward.apply(line, nonOverlapping(edits));
        List<Reference> cited = references.extract(new Passage(text, 0, ""));
        text = shiftYears(text, shift, cited); // four-digit years for four-digit years: the spans still hold
        if (line.contains(u.template().place()) && line.contains(", " + VietnameseDates.DAY_WORD)) {
            text = PeriodRollForward.apply(text, ownDate(text, target, random));
            cited = references.extract(new Passage(text, 0, ""));
        }
        text = PeriodRollForward.apply(
                text,
                roll.edits(
                        text,
                        cited.stream().map(r -> new int[] {r.start(), r.end()}).toList()));
        return rename(u, text, levelWord);
    }

    /**
     * The report's own date line ("Hòa Thuận, ngày 15 tháng 3 năm 2025", "ngày … tháng 3 năm 2025") moves into the
     * last month of the period; a date line with its day or month left out entirely stays as it is.
     */
    private static List<PeriodRollForward.Edit> ownDate(String line, Period target, SplittableRandom random) {
        Matcher m = VietnameseDates.SPELLED.matcher(line);
        boolean found = false;
        while (!found && m.find()) {
            found = !m.group(1).isBlank() && !m.group(2).isBlank();
        }
        if (!found) {
            return List.of();
        }
        int month = target.endMonth();
        String day = "%02d".formatted(8 + random.nextInt(12));
        return List.of(new PeriodRollForward.Edit(
                m.start(),
                m.end(),
                "ngày " + day + " tháng " + (month < 3 ? "%02d".formatted(month) : String.valueOf(month)) + " năm "
                        + target.year()));
    }

    private static List<PeriodRollForward.Edit> nonOverlapping(List<PeriodRollForward.Edit> edits) {
        List<PeriodRollForward.Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(PeriodRollForward.Edit::start));
        List<PeriodRollForward.Edit> out = new ArrayList<>();
        int end = -1;
        for (PeriodRollForward.Edit e : sorted) {
            if (e.start() >= end) {
                out.add(e);
                end = e.end();
            }
        }
        return out;
    }

    /** The unit's own plans get numbers of their own that recur within a year and renew the next. */
    private static PeriodRollForward.Edit renumber(Unit u, String line, Reference r, int year) {
        int start = line.indexOf(r.number(), r.start());
        long h = (u.slug() + "/" + year + "/" + r.number()).hashCode() & 0x7fffffffL;
        String number = String.valueOf(1 + h % 320);
        if (r.number().startsWith("0") && number.length() < 2) {
            number = "0" + number;
        }
        return new PeriodRollForward.Edit(start, start + r.number().length(), number);
    }

    /** A figure's value moved plausibly: the unit's size, a trend over time, noise; same written format. */
    private static String evolve(String written, Figure f, Unit u, int step, SplittableRandom random) {
        double factor = u.scale() * (1 + u.trend() * step) * (0.85 + random.nextDouble() * 0.3);
        Matcher m = VietnameseNumbers.PATTERN.matcher(written);
        if (!m.find()) {
            return written;
        }
        double v = f.value();
        double nv;
        if (f.kind() == Figure.Kind.PERCENT) {
            nv = v >= 100 ? 100 : Math.min(100, Math.max(0, v * (0.9 + random.nextDouble() * 0.2)));
        } else if (f.kind() == Figure.Kind.RATIO && f.total() != null) {
            double total = Math.max(1, Math.round(f.total() * factor));
            double share = f.total() == 0 ? 1 : v / f.total();
            nv = Math.min(total, Math.round(total * Math.min(1, share * (0.95 + random.nextDouble() * 0.1))));
            String head = written.substring(0, m.start()) + format(m.group(), nv);
            int firstEnd = m.end();
            m.find(); // the total
            return head
                    + written.substring(firstEnd, m.start())
                    + format(m.group(), total)
                    + written.substring(m.end());
        } else {
            nv = v == 0 ? 0 : Math.max(0, Math.round(v * factor));
        }
        return written.substring(0, m.start()) + format(m.group(), nv) + written.substring(m.end());
    }

    /** A value written in the style of {@code model}: thousands dots, decimal comma digits, leading zeros. */
    static String format(String model, double value) {
        int decimals = model.contains(",") ? model.length() - model.indexOf(',') - 1 : 0;
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        String whole = decimals > 0 ? s.substring(0, s.indexOf('.')) : s;
        String frac = decimals > 0 ? s.substring(s.indexOf('.') + 1) : "";
        if (model.matches("\\d{1,3}(\\.\\d{3})+.*") || whole.length() > 4 && model.contains(".")) {
            whole = whole.replaceAll("(\\d)(?=(\\d{3})+$)", "$1.");
        }
        String digitsOnly = model.contains(",") ? model.substring(0, model.indexOf(',')) : model;
        if (digitsOnly.startsWith("0") && whole.length() < digitsOnly.length()) {
            whole = "0".repeat(digitsOnly.length() - whole.length()) + whole;
        }
        return decimals > 0 ? whole + "," + frac : whole;
    }

    /** Dates and "năm …" of the template's years move by {@code shift} years; cited normative documents keep theirs. */
    private static String shiftYears(String text, int shift, List<Reference> refs) {
        if (shift == 0) {
            return text;
        }
        List<PeriodRollForward.Edit> edits = new ArrayList<>();
        Pattern spelled = VietnameseDates.SPELLED;
        for (Pattern p : List.of(NUMERIC_DATE, spelled, YEAR_WORD)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int g = p == YEAR_WORD ? 1 : p == spelled ? 3 : 4;
                if (normative(refs, m.start()) || p == spelled && !(isNumber(m.group(1)) && isNumber(m.group(2)))) {
                    continue; // a date with its day or month blank keeps its year for YEAR_WORD
                }
                int y = Integer.parseInt(m.group(g));
                int newYear = y + shift;
                if (p != YEAR_WORD) {
                    int day = Integer.parseInt(m.group(1));
                    int month = Integer.parseInt(m.group(p == spelled ? 2 : 3));
                    if (month == 2
                            && day == 29
                            && !LocalDate.of(2000, 1, 1).withYear(newYear).isLeapYear()) {
                        continue;
                    }
                }
                edits.add(new PeriodRollForward.Edit(m.start(g), m.end(g), String.valueOf(newYear)));
            }
        }
        return PeriodRollForward.apply(text, nonOverlapping(edits));
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static boolean normative(List<Reference> refs, int at) {
        return refs.stream().anyMatch(r -> r.year() != null && at >= r.start() && at < r.end());
    }

    /** The template's unit and signer become the synthetic unit's, in every case variant. */
    private static String rename(Unit u, String text, Pattern levelWord) {
        Template t = u.template();
        String s = text;
        String[][] pairs = {
            {t.level() + " " + t.place(), u.level() + " " + u.name()},
            {t.place(), u.name()},
            {t.signer() == null ? "\u0000" : t.signer(), u.signer()}
        };
        for (String[] p : pairs) {
            if (p[0].isBlank() || p == pairs[1] && !t.place().matches("\\p{L}.*\\s\\p{L}.*")) {
                continue; // a bare name like "4" (Phường 4) is replaced only together with its level
            }
            s = s.replace(p[0].toUpperCase(Locale.ROOT), p[1].toUpperCase(Locale.ROOT));
            s = s.replace(capitalize(p[0]), capitalize(p[1]));
            s = s.replace(p[0], p[1]);
        }
        if (!t.level().equals(u.level())) {
            // "UBND Phường", "HĐND phường", "Ủy ban nhân dân Phường" of the template unit
            Matcher m = levelWord.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String found = m.group();
                String repl = found.equals(found.toUpperCase(Locale.ROOT))
                        ? u.level().toUpperCase(Locale.ROOT)
                        : Character.isUpperCase(found.charAt(0)) ? capitalize(u.level()) : u.level();
                m.appendReplacement(sb, Matcher.quoteReplacement(repl));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        return s;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
