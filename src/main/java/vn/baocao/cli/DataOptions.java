package vn.baocao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.baocao.store.DataFolder;

/** The {@code --data DIR} option of the commands that use the data folder. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "THƯ_MỤC",
            description = "Thư mục dữ liệu (kho SQLite và chỉ mục). Mặc định: biến môi trường BAOCAO_DATA, nếu không có thì ./index.")
    Path data;

    DataFolder folder() {
        return DataFolder.resolve(data);
    }
}
