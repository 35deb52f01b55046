package id.cermin.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the build leaves in the Cermin folder for a node to run: Payara Micro, the JDBC
 * driver, the WAR and the post-boot commands of each role.
 */
record BuiltFiles(Path home) {

    /** A server for one node, with the Java heap and options from the settings. */
    PayaraMicroServer.Spec spec(String name, String role, int port, Path workDir, Map<String, String> env,
                                LauncherSettings settings) {
        return spec(name, role, port, workDir, env, settings, List.of());
    }

    /** The same, with more Java options for this node. */
    PayaraMicroServer.Spec spec(String name, String role, int port, Path workDir, Map<String, String> env,
                                LauncherSettings settings, List<String> moreOptions) {
        Path target = home.resolve("target");
        Path war = target.resolve("cermin.war");
        if (!Files.exists(war)) {
            throw new IllegalStateException("Missing " + war + ": build Cermin first (./mvnw -DskipTests package)");
        }
        List<String> jvmOptions = new ArrayList<>(List.of("-Xms128m", "-Xmx" + settings.heap()));
        jvmOptions.addAll(settings.javaOptions());
        jvmOptions.addAll(moreOptions);
        return new PayaraMicroServer.Spec(name, target.resolve("payara-micro.jar"),
                target.resolve("server-lib").resolve("mysql-connector-j.jar"), war,
                home.resolve("server-config").resolve(role), workDir, port, env, jvmOptions);
    }
}
