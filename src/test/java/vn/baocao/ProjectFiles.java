package vn.baocao;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's own files for tests (corpus, templates, the launcher), found from the project root and never
 * from the working folder: the tests run in {@code target/test-cwd} (see the pom), so a path relative to the
 * working folder finds nothing there. The root is the system property {@code baocao.home}, which Maven's
 * surefire sets to the project folder, else the folder above {@code target/test-classes}.
 */
public final class ProjectFiles {

    private static final Path ROOT = locate();

    private ProjectFiles() {}

    private static Path locate() {
        String home = System.getProperty("baocao.home");
        if (home != null && Files.isRegularFile(Path.of(home, "pom.xml"))) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        try {
            // target/test-classes → the project folder
            Path classes = Path.of(ProjectFiles.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return classes.getParent().getParent().toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project folder (where pom.xml is). */
    public static Path root() {
        return ROOT;
    }

    /** A file of the project, e.g. {@code path("corpus/docx/000_442b549b8d9bf7bd.docx")} or {@code path("corpus", "gold")}. */
    public static Path path(String first, String... more) {
        return ROOT.resolve(Path.of(first, more));
    }

    /** The shared folder beside the project ({@code ../shared}: real documents, gold, tools), or a file in it. */
    public static Path shared(String... more) {
        return ROOT.resolveSibling("shared").resolve(Path.of("", more));
    }
}
