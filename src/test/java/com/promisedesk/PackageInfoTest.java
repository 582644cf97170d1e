package com.promisedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each package has a short package-info.java saying what lives there and what it may import (README, "For developers"). */
class PackageInfoTest {

    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> without;
        try (Stream<Path> folders = Files.walk(sources)) {
            without = folders.filter(Files::isDirectory)
                    .filter(PackageInfoTest::holdsClasses)
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                    .map(folder -> sources.relativize(folder).toString())
                    .sorted()
                    .toList();
        }
        assertThat(without).as("packages without a package-info.java").isEmpty();
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
