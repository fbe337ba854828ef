package com.backstretches.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backstretches.local.ConsoleOptions.OnDisk;
import com.backstretches.local.LocalDatabase.UnavailableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDatabaseSameJvmTest {

    @TempDir
    Path dir;

    @Test
    void a_data_folder_held_by_another_open_local_database_in_this_jvm_is_refused_as_in_use() throws Exception {
        Path data = dir.resolve("data");
        try (LocalDatabase first = LocalDatabase.open(new OnDisk(data), "back-stretches-local")) {
            assertThatThrownBy(() -> LocalDatabase.open(new OnDisk(data), "back-stretches-local"))
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("another console is using " + data);
        }
    }

    @Test
    void a_refused_second_open_leaves_the_first_databases_lock_in_place() throws Exception {
        Path data = dir.resolve("data");
        try (LocalDatabase first = LocalDatabase.open(new OnDisk(data), "back-stretches-local")) {
            assertThatThrownBy(() -> LocalDatabase.open(new OnDisk(data), "back-stretches-local"))
                    .isInstanceOf(UnavailableException.class);
            assertThat(otherProcessCanLock(data.resolve("console.lock"))).isEqualTo("locked by another");
        }
    }

    private String otherProcessCanLock(Path lockFile) throws Exception {
        Path source = Files.writeString(dir.resolve("TryLock.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class TryLock {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE)) {
                            System.out.println(c.tryLock() != null ? "got the lock" : "locked by another");
                        }
                    }
                }
                """);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                source.toString(), lockFile.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }
}
