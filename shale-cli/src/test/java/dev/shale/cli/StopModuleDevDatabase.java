package dev.shale.cli;

import dev.shale.devdb.DevDatabase;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Tests that run the CLI in process have the module folder as their working directory, so a command
 * that needs the embedded PostgreSQL (a shadow database without {@code --shadow-url}) starts the module
 * folder's development server. When the test session ends it is stopped, so no server outlives the build.
 */
public final class StopModuleDevDatabase implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (new DevDatabase(Path.of("").toAbsolutePath()).stop()) {
            System.out.println("Stopped the embedded PostgreSQL the in-process CLI tests started in " + Path.of("").toAbsolutePath());
        }
    }
}
