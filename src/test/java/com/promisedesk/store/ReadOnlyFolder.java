package com.promisedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder nothing can be written in, even by root: its mode is r-x for everyone, and as
 * root (who writes whatever the mode) it is made immutable with {@code chattr +i}, which the
 * kernel enforces for root too. {@link #release} makes it removable again.
 */
public final class ReadOnlyFolder {

    /** What the failure says, in words, whichever way the folder was made read-only. */
    public static final String REASON = "permission denied";

    private ReadOnlyFolder() {
    }

    public static Path make(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (root()) {
            int exit = new ProcessBuilder("chattr", "+i", folder.toString()).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("chattr +i " + folder + " failed (exit " + exit + "): the test"
                        + " runs as root and needs a file system with immutable folders (ext4, xfs, btrfs)");
            }
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        return folder;
    }

    public static void release(Path folder) throws IOException, InterruptedException {
        if (root()) {
            new ProcessBuilder("chattr", "-i", folder.toString()).inheritIO().start().waitFor();
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }
}
