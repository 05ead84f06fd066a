package vn.baocao.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report files under the paths a user names: files as given, folders walked recursively (following
 * symbolic links, hidden files and folders skipped). A folder that cannot be entered or a link loop is
 * reported to {@code problems} and the walk goes on.
 */
public final class ReportFiles {

    private ReportFiles() {}

    /** Every candidate file under {@code roots}, in a stable order (folders sorted by name). */
    public static List<Path> under(List<Path> roots, Consumer<ReadException> problems) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                files.add(root); // the reader explains what is wrong with it, if anything
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(
                        root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                return !dir.equals(root) && hidden(dir)
                                        ? FileVisitResult.SKIP_SUBTREE
                                        : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                if (!hidden(file)) {
                                    found.add(file);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                if (e instanceof FileSystemLoopException) {
                                    problems.accept(new ReadException(file, ReadException.Reason.LINK_LOOP, e));
                                } else if (e instanceof AccessDeniedException) {
                                    problems.accept(new ReadException(file, ReadException.Reason.UNREADABLE, e));
                                } else {
                                    found.add(file); // a broken or looping link to a file: the reader says which
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.accept(new ReadException(root, ReadException.Reason.UNREADABLE, e));
            }
            found.sort(null);
            files.addAll(found);
        }
        return files;
    }

    /**
     * Checks that {@code file} is an ordinary readable file before anything opens it (opening a named pipe
     * would block): throws the reason it is not — missing, a broken or looping link, a folder, a pipe or
     * device, no read permission.
     */
    public static void check(Path file) throws ReadException {
        if (!Files.exists(file)) {
            if (Files.isSymbolicLink(file)) {
                try {
                    file.toRealPath();
                } catch (java.nio.file.FileSystemException e) {
                    if (String.valueOf(e.getReason()).contains("symbolic links")) {
                        throw new ReadException(file, ReadException.Reason.LINK_LOOP, e);
                    }
                } catch (IOException e) {
                    // a link to nothing: not found
                }
            }
            throw new ReadException(file, ReadException.Reason.NOT_FOUND);
        }
        if (Files.isDirectory(file)) {
            throw new ReadException(file, ReadException.Reason.IS_DIRECTORY);
        }
        if (!Files.isRegularFile(file)) {
            throw new ReadException(file, ReadException.Reason.NOT_REGULAR); // a pipe or device would block
        }
        if (!Files.isReadable(file)) {
            throw new ReadException(file, ReadException.Reason.UNREADABLE);
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
